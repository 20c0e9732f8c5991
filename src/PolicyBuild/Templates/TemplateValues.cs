using System.Globalization;

namespace PolicyBuild.Templates;

/// <summary>How values read in documents: dates as "7 July 2021".</summary>
public static class TemplateValues
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
