using System.Reflection;
using System.Text;

namespace MemoryClients.Tests.Conventions;

/// <summary>
/// The public surface, written out as sorted text and compared with <c>api/MemoryClients.txt</c>. A change to the public API
/// fails here until the snapshot is updated on purpose: run the tests with <c>UPDATE_API_SNAPSHOT=1</c> and commit the diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_snapshot()
    {
        var actual = Describe(typeof(MemoryScope).Assembly);
        var snapshot = Path.Combine(RepositoryRoot(), "api", "MemoryClients.txt");

        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1")
            File.WriteAllText(snapshot, actual);

        var expected = File.Exists(snapshot) ? File.ReadAllText(snapshot) : "";
        if (expected != actual)
            File.WriteAllText(Path.ChangeExtension(snapshot, ".received.txt"), actual);
        actual.Should().Be(expected, "the public API changed; review api/MemoryClients.received.txt and, if intended, run with UPDATE_API_SNAPSHOT=1");
    }

    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}{Bases(type)}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Concat(type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m is ConstructorInfo { IsFamily: true } or MethodInfo { IsFamily: true } or PropertyInfo { GetMethod.IsFamily: true }))
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type && !m.Name.Contains('<', StringComparison.Ordinal))
                .Select(Member)
                .Where(m => m is not null)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "  " + m));
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Kind(Type t) =>
        t.IsInterface ? "interface" : t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class"
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate" : (t.IsAbstract ? "abstract " : t.IsSealed ? "sealed " : "") + "class";

    private static string Bases(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            bases.Add(Name(b));
        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string? Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"{(c.IsFamily ? "protected " : "")}ctor({Parameters(c)})",
        MethodInfo mi => $"{(mi.IsFamily ? "protected " : "")}{(mi.IsStatic ? "static " : "")}{(mi.IsVirtual && !mi.IsFinal && !mi.DeclaringType!.IsInterface ? "virtual " : "")}{Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod is { IsPublic: true } or { IsFamily: true } ? "get; " : "")}{Setter(p)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static readonly " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Literal(object? value) => value is string s ? $"\"{s}\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Setter(PropertyInfo p) => p.SetMethod switch
    {
        { IsPublic: true } s when s.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) => "init; ",
        { IsPublic: true } => "set; ",
        _ => "",
    };

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : Literal(p.DefaultValue)) : p.IsOptional ? " = default" : "")}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
            return Name(t.GetElementType()!);
        if (t.IsArray)
            return Name(t.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(t) is { } inner)
            return Name(inner) + "?";
        if (t.IsGenericParameter)
            return t.Name;
        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? "" : t.Namespace + ".") + t.Name;
        if (!t.IsGenericType)
            return name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var builder = new StringBuilder(tick < 0 ? name : name[..tick]).Append('<');
        builder.AppendJoin(", ", t.GetGenericArguments().Select(Name));
        return builder.Append('>').ToString();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MemoryClients.sln not found above " + AppContext.BaseDirectory);
    }
}
