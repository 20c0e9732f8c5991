using PolicyBuild.Diagnostics;
using PolicyBuild.Model;

namespace PolicyBuild.Authoring;

/// <summary>Reads <c>policy.yml</c> strictly: missing, unknown and malformed keys are located errors.</summary>
public static class MetadataReader
{
    public const string FileName = "policy.yml";

    public static PolicyMetadata? Read(IPolicyTree tree, DiagnosticBag diagnostics)
    {
        var file = tree.DisplayPath(FileName);
        if (!tree.FileExists(FileName))
        {
            diagnostics.Error(new SourceLocation(file), $"missing {FileName}: every policy folder needs one (see README, 'Authoring format')");
            return null;
        }

        var yaml = YamlMap.Parse(tree.ReadAllText(FileName), file, 0, diagnostics);
        if (yaml is null)
        {
            return null;
        }

        var title = yaml.RequiredString("title");
        var shortName = yaml.RequiredString("short-name");
        var owner = yaml.RequiredMap("owner");
        var version = yaml.RequiredString("version");
        var statusText = yaml.RequiredString("status");
        var adoption = yaml.RequiredMap("adoption");
        var review = yaml.RequiredMap("review");
        var language = yaml.OptionalString("language") ?? "en-GB";
        var baselineSpec = yaml.OptionalString("baseline");
        var baseline = baselineSpec is null ? null : new BaselineReference(baselineSpec, yaml.LocationOf("baseline"));
        var revisions = yaml.OptionalMap("revisions");
        var appendixTitle = yaml.OptionalString("appendix-title");
        yaml.ReportUnknownKeys();

        var status = ParseStatus(statusText, yaml, diagnostics);
        var policyOwner = new PolicyOwner(owner?.RequiredString("service") ?? "", owner?.RequiredString("role") ?? "");
        owner?.ReportUnknownKeys();
        var policyAdoption = new PolicyAdoption(adoption?.RequiredString("committee") ?? "", adoption?.RequiredDate("date") ?? default);
        adoption?.ReportUnknownKeys();
        var policyReview = new PolicyReview(review?.RequiredString("cycle") ?? "", review?.RequiredDate("next") ?? default);
        review?.ReportUnknownKeys();
        var revisionInfo = revisions is null ? null : ReadRevisions(revisions);

        if (shortName.Length > 0 && !Slug.IsValid(shortName))
        {
            // It names the output folder and files: '../x' or '/srv/x' would write outside --out.
            diagnostics.Error(yaml.LocationOf("short-name"),
                $"'short-name' names the output files, so it must be a slug of lowercase letters, digits and hyphens (e.g. social-media), not '{shortName}'");
        }

        if (!IsLanguageTag(language))
        {
            diagnostics.Error(yaml.LocationOf("language"), $"'language' must be a language tag such as en-GB, not '{language}'");
        }

        return new PolicyMetadata(title, shortName, policyOwner, version, status, policyAdoption, policyReview,
            language, baseline, revisionInfo, appendixTitle);
    }

    private static RevisionInfo ReadRevisions(YamlMap revisions)
    {
        var author = revisions.RequiredString("author");
        var date = revisions.RequiredDate("date");
        revisions.ReportUnknownKeys();
        return new RevisionInfo(author, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }

    private static PolicyStatus ParseStatus(string text, YamlMap yaml, DiagnosticBag diagnostics)
    {
        switch (text)
        {
            case "draft":
                return PolicyStatus.Draft;
            case "adopted":
                return PolicyStatus.Adopted;
            case "":
                return PolicyStatus.Draft;
            default:
                diagnostics.Error(yaml.LocationOf("status"), $"'status' must be 'draft' or 'adopted', not '{text}'");
                return PolicyStatus.Draft;
        }
    }

    // A BCP 47 language with an optional region (en, en-GB, cy-GB); the build runs invariant-culture.
    private static bool IsLanguageTag(string tag) =>
        System.Text.RegularExpressions.Regex.IsMatch(tag, "^[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?$");
}
