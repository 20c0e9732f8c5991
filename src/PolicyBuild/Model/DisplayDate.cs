using System.Globalization;

namespace PolicyBuild.Model;

/// <summary>How a policy's dates read in its documents, reports and change lists: "7 July 2021".</summary>
public static class DisplayDate
{
    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
