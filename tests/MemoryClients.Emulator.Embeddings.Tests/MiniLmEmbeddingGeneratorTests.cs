using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator.Embeddings.Tests;

[Collection(EmbedderGroup.Name)]
public sealed class MiniLmEmbeddingGeneratorTests(EmbedderFixture fixture)
{
    [Fact]
    public async Task Embeds_each_text_in_order_as_a_unit_vector_of_384_dimensions()
    {
        var embeddings = await fixture.Embedder.GenerateAsync(["I'm vegetarian.", "What can Alice eat?", "The train leaves at nine."]);

        embeddings.Should().HaveCount(3);
        embeddings.Should().OnlyContain(e => e.Vector.Length == MiniLmEmbeddingGenerator.Dimensions && e.ModelId == MiniLmEmbeddingGenerator.ModelId);
        embeddings.Select(e => Math.Sqrt(e.Vector.ToArray().Sum(x => (double)x * x))).Should().OnlyContain(n => Math.Abs(n - 1) < 1e-3);
        var again = await fixture.Embedder.GenerateAsync(["The train leaves at nine."]);
        again[0].Vector.ToArray().Should().Equal(embeddings[2].Vector.ToArray());
    }

    [Fact]
    public async Task Places_a_question_nearer_the_fact_that_answers_it_than_an_unrelated_one()
    {
        var e = await fixture.Embedder.GenerateAsync(["What can Alice eat?", "I'm vegetarian.", "I live in Paris."]);

        Dot(e[0], e[1]).Should().BeGreaterThan(Dot(e[0], e[2]) + 0.1);
    }

    [Fact]
    public async Task Answers_an_empty_list_with_no_embeddings_and_refuses_null_texts()
    {
        (await fixture.Embedder.GenerateAsync([])).Should().BeEmpty();
        var act = () => fixture.Embedder.GenerateAsync(["fine", null!]);
        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("values");
    }

    [Fact]
    public async Task Encodes_lists_longer_than_one_batch()
    {
        var texts = Enumerable.Range(0, 70).Select(i => $"Fact number {i}.").ToList();

        var embeddings = await fixture.Embedder.GenerateAsync(texts);

        embeddings.Should().HaveCount(70);
        var single = await fixture.Embedder.GenerateAsync([texts[69]]);
        Dot(single[0], embeddings[69]).Should().BeApproximately(1, 1e-4);
    }

    [Fact]
    public void Reports_its_metadata()
    {
        var metadata = fixture.Embedder.GetService<EmbeddingGeneratorMetadata>();

        metadata!.DefaultModelId.Should().Be("all-MiniLM-L6-v2");
        metadata.DefaultModelDimensions.Should().Be(384);
        fixture.Embedder.GetService<MiniLmEmbeddingGenerator>().Should().BeSameAs(fixture.Embedder);
        fixture.Embedder.GetService(typeof(string)).Should().BeNull();
    }

    private static double Dot(Embedding<float> a, Embedding<float> b) =>
        a.Vector.ToArray().Zip(b.Vector.ToArray()).Sum(p => (double)p.First * p.Second);
}
