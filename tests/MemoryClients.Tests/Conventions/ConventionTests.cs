using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MemoryClients.Errors;

namespace MemoryClients.Tests.Conventions;

/// <summary>Rules every public type of the library follows, checked by reflection so a new type cannot forget them.</summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Library = typeof(MemoryScope).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<MethodInfo> PublicAsyncMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && (typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal)))
            .Where(m => m.DeclaringType == type && !m.Name.StartsWith("Dispose", StringComparison.Ordinal));

    private static bool IsServiceType(Type type) =>
        (type.IsClass && type.Name.EndsWith("Client", StringComparison.Ordinal) && !type.IsAbstract) || (type.IsInterface && type.Name.EndsWith("Api", StringComparison.Ordinal))
        || (type.IsInterface && type.Name.EndsWith("Client", StringComparison.Ordinal));

    [Fact]
    public void Every_async_method_takes_a_cancellation_token_last()
    {
        var offenders = PublicTypes.Where(IsServiceType).SelectMany(PublicAsyncMethods)
            .Where(m => m.GetParameters() is var p && (p.Length == 0 || p[^1].ParameterType != typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Client_methods_are_virtual_and_clients_can_be_mocked()
    {
        var clients = PublicTypes.Where(t => t.IsClass && !t.IsSealed && t.Name.EndsWith("Client", StringComparison.Ordinal)).ToList();
        clients.Should().NotBeEmpty();

        var notVirtual = clients.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal))
            .Where(m => m.Name != nameof(IDisposable.Dispose) && m.Name != "DisposeAsync" && !m.IsVirtual)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        notVirtual.Should().BeEmpty();

        var unmockable = clients.Where(t => t.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not { IsFamily: true })
            .Select(t => t.Name);
        unmockable.Should().BeEmpty("every client has a protected parameterless constructor");
    }

    [Fact]
    public void Response_models_are_immutable()
    {
        var models = PublicTypes.Where(t => typeof(ApiModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        var mutable = models.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        mutable.Should().BeEmpty("response models expose get or init only");

        var mutableCollections = models.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(Dictionary<,>))))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        mutableCollections.Should().BeEmpty("collections are IReadOnlyList / IReadOnlyDictionary");
    }

    [Fact]
    public void Every_wire_model_is_in_a_json_context()
    {
        var contexts = Library.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)))
            .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();
        contexts.Should().NotBeEmpty();

        var wireTypes = PublicTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition
            && (typeof(ApiModel).IsAssignableFrom(t) || (t.Namespace?.EndsWith(".Api", StringComparison.Ordinal) == true && t.Name.EndsWith("Request", StringComparison.Ordinal))));
        var missing = wireTypes.Where(t => contexts.All(c => c.GetTypeInfo(t) is null)).Select(t => t.FullName);

        missing.Should().BeEmpty();
    }

    [Fact]
    public void Explicit_wire_names_are_snake_case()
    {
        var names = PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .Where(n => n is not null && !SnakeCase().IsMatch(n))
            .ToList();

        names.Should().BeEmpty();
    }

    [Fact]
    public void Exceptions_derive_from_the_base_and_leaves_are_sealed()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        exceptions.Where(t => t.Namespace == typeof(MemoryApiException).Namespace && t != typeof(MemoryApiException))
            .Should().OnlyContain(t => t.IsSubclassOf(typeof(MemoryApiException)) && t.IsSealed);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();
}
