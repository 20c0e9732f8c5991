using PolicyBuild.Model;
using PolicyBuild.Templates;

namespace PolicyBuild.Layout;

/// <summary>Policy → template (Markdown) → layout: how every policy document is laid out.</summary>
public sealed class PolicyLayoutRenderer(TemplateRenderer templates, LayoutBuilder layout)
{
    public LayoutDocument Render(Policy policy, string templateName = TemplateSet.PolicyTemplate)
    {
        var markdown = templates.Render(templateName, PolicyTemplateModel.Create(policy));
        return layout.Build(markdown, policy.References, DescribeDocument(policy), $"{templateName} (output)");
    }

    public static DocumentInfo DescribeDocument(Policy policy)
    {
        var m = policy.Metadata;
        var isDraft = m.Status == PolicyStatus.Draft;
        var status = isDraft
            ? $"Draft for {m.Adoption.Committee}, {DisplayDate.Of(m.Adoption.Date)}"
            : $"Adopted by {m.Adoption.Committee}, {DisplayDate.Of(m.Adoption.Date)}";
        return new DocumentInfo(
            Title: m.Title,
            Subject: $"{m.Title}, version {m.Version}",
            Author: $"{m.Owner.Role}, {m.Owner.Service}",
            Language: m.Language,
            HeaderText: m.Title,
            FooterText: $"Version {m.Version} \u2013 {status} \u2013 next review {DisplayDate.Of(m.Review.Next)}",
            IsDraft: isDraft);
    }
}
