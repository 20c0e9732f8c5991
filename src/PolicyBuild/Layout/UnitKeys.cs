namespace PolicyBuild.Layout;

/// <summary>How units are keyed, so that the same clause or section matches across versions.</summary>
public static class UnitKeys
{
    public static string Clause(string id) => $"clause:{id}";

    public static string Section(string id) => $"section:{id}";

    public static string Frame(string name) => $"frame:{name}";

    public static bool IsClause(string key) => key.StartsWith("clause:", StringComparison.Ordinal);

    public static bool IsSection(string key) => key.StartsWith("section:", StringComparison.Ordinal);

    /// <summary>The id part of a clause or section key.</summary>
    public static string IdOf(string key) => key[(key.IndexOf(':') + 1)..];
}
