using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Diff;

/// <summary>
/// One generated case per kind of change the redline must get right. Shared by the tests that
/// use our own reader and by the LibreOffice accept/reject tests.
/// </summary>
public static class RedlineCases
{
    private static readonly (string, string)[] Intro =
    [
        ("purpose", "This policy explains how staff use social media."),
        ("audience", "It applies to all officers and agency staff."),
        ("status", "It forms part of the conditions of employment."),
    ];

    private static readonly (string, string)[] Rules =
    [
        ("be-polite", "Staff must be polite and respectful online."),
        ("no-secrets", "Staff must not share confidential information."),
        ("report", "Concerns must be reported to a line manager, as set out in [](#status)."),
        ("training", "Managers must identify training needs."),
    ];

    // Larger than a section of one clause, so the differ moves the small section and keeps this one in place.
    private static readonly (string, string)[] Review =
    [
        ("review-cycle", "The policy is reviewed annually."),
        ("review-owner", "The owner leads the review."),
        ("review-consultation", "Staff are consulted on every review."),
    ];

    public static IReadOnlyList<RedlineCase> All { get; } =
    [
        Case("clause-inserted", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules",
            [Rules[0], ("new-rule", "Staff must not use social media for investigations."), .. Rules[1..]])),
        Case("clause-deleted", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [Rules[0], .. Rules[2..]])),
        Case("first-clause-inserted", d => d.Section("intro", "Introduction", [("welcome", "Welcome to the policy."), .. Intro]).Section("rules", "Rules", Rules)),
        Case("first-clause-deleted", d => d.Section("intro", "Introduction", Intro[1..]).Section("rules", "Rules", Rules)),
        Case("last-clause-deleted", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules[..3])),
        Case("last-clause-inserted", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("closing", "This policy is reviewed every three years.")])),
        Case("clause-moved", d => d.Section("intro", "Introduction", Intro[..2]).Section("rules", "Rules", [.. Rules[..2], Intro[2], .. Rules[2..]])),
        Case("clause-moved-and-edited", d => d.Section("intro", "Introduction", Intro[..2])
            .Section("rules", "Rules", [.. Rules[..2], ("status", "It forms part of every contract of employment."), .. Rules[2..]])),
        Case("clause-amended", d => d.Section("intro", "Introduction", Intro)
            .Section("rules", "Rules", [Rules[0], ("no-secrets", "Staff must never share personal or confidential information."), .. Rules[2..]])),
        Case("renumbered-and-cross-reference", d => d.Section("intro", "Introduction", [("welcome", "Welcome to the policy."), .. Intro]).Section("rules", "Rules", Rules)),
        Case("formatting-changed", d => d.Section("intro", "Introduction", Intro)
            .Section("rules", "Rules", [("be-polite", "Staff **must** be polite and respectful online."), .. Rules[1..]])),
        Case("list-item-inserted-and-deleted",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("channels", "Approved channels are:\n\n- Facebook\n- Twitter\n- Instagram")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("channels", "Approved channels are:\n\n- Facebook\n- LinkedIn\n- Instagram\n- YouTube")])),
        Case("lettered-list-item-inserted",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Before posting, check that:\n\na. it is accurate;\nb. it is approved.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Before posting, check that:\n\na. it is accurate;\nb. it is accessible;\nc. it is approved.")])),
        Case("table-row-and-cell-changed",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", "| Role | Duty |\n| --- | --- |\n| Manager | Approves accounts |\n| Officer | Posts content |\n| Clerk | Files records |")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", "| Role | Duty |\n| --- | --- |\n| Manager | Approves new accounts |\n| Officer | Posts content |\n| Assistant Director | Signs off strategy |")])),
        Case("section-added", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)
            .Section("review", "Review", ("review-cycle", "The policy is reviewed every three years."))),
        Case("section-removed",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules).Section("review", "Review", ("review-cycle", "The policy is reviewed annually."))),
        Case("section-retitled", d => d.Section("intro", "Introduction and purpose", Intro).Section("rules", "Rules", Rules)),
        Case("metadata-changed", d => d.WithMetadata(TestPolicy.Metadata(version: "2.0", status: "draft", cycle: "every three years"))
            .Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)),
        Case("clause-with-footnote-inserted", d => d.Section("intro", "Introduction", Intro)
            .Section("rules", "Rules", [Rules[0], ("surveillance", "Accounts must not be used for surveillance.[^1]\n\n[^1]: Covert surveillance needs authorisation under RIPA."), .. Rules[1..]])),
        Case("clause-with-footnote-deleted",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [Rules[0], ("surveillance", "Accounts must not be used for surveillance.[^1]\n\n[^1]: Covert surveillance needs authorisation under RIPA."), .. Rules[1..]]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)),
        new RedlineCase("empty-baseline", new TestPolicy(), Standard(new TestPolicy())),

        // The shapes issue 11 found, each as found: LibreOffice left or joined paragraphs in all of them.
        Case("words-added-at-end-then-a-paragraph-inserted",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("greek", "Alpha beta gamma\n\nZeta")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("greek", "Alpha beta gamma.\n\nA new paragraph.\n\nZeta")])),
        Case("words-added-at-end-and-start-of-neighbours",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("greek", "Alpha beta gamma\n\nZeta eta")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("greek", "Alpha beta gamma.\n\nNow Zeta eta")])),
        Case("paragraph-deleted-before-a-table",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles are:\n\nThis goes.\n\n{RolesTable}")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles are:\n\n{RolesTable}")])),
        Case("paragraph-and-table-inserted",
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [Rules[0], ("roles", $"Roles are set out below.\n\n{RolesTable}"), .. Rules[1..]])),
        Case("clause-with-table-moved",
            b => b.Section("intro", "Introduction", [.. Intro, ("roles", $"Roles are:\n\n{RolesTable}")]).Section("rules", "Rules", Rules),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles are:\n\n{RolesTable}")])),
        Case("clause-with-list-moved-and-edited",
            b => b.Section("intro", "Introduction", [.. Intro, ("channels", "Approved channels are:\n\n- Facebook\n- Twitter")]).Section("rules", "Rules", Rules),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [("channels", "Approved channels are:\n\n- Facebook\n- LinkedIn\n- Twitter"), .. Rules])),
        Case("sections-reordered", d => d.Section("rules", "Rules", Rules).Section("intro", "Introduction", Intro)),
        Case("neighbours-swapped", d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [Rules[0], Rules[2], Rules[1], Rules[3]])),
        Case("two-sections-and-their-contents-entries-removed",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules).Section("learning", "Learning", ("induction", "New staff attend an induction."))
                .Section("review", "Review", ("review-cycle", "The policy is reviewed annually.")),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)),
        Case("table-column-added",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", RolesTable)]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", "| Role | Duty | Since |\n| --- | --- | --- |\n| Manager | Approves accounts | 2018 |\n| Officer | Posts content | 2020 |")])),
        Case("paragraph-style-changed",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("guidance", "Follow the guidance.\n\nThink before you post.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("guidance", "Follow the guidance.\n\n> Think before you post.")])),
        Case("two-character-ids",
            b => b.Section("zz", "Introduction", [("aa", "The first clause."), ("qq", "The second clause."), ("status", "It is a policy.")]).Section("rules", "Rules", Rules),
            d => d.Section("zz", "Introduction", [("qq", "The second clause, moved first."), ("aa", "The first clause."), ("status", "It is a policy.")]).Section("rules", "Rules", Rules)),

        // The list shapes of issue 11's last soak: a label carried onto or lost from joined paragraphs, a list counting on from another.
        Case("first-list-item-removed-after-another-list",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", Checks), ("channels", "Use only:\n\na. Facebook;\nb. LinkedIn;\nc. YouTube.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", Checks), ("channels", "Use only:\n\na. LinkedIn;\nb. YouTube.")])),
        Case("paragraph-inserted-before-a-list",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", Checks)]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Before posting, check that:\n\nThink first.\n\na. it is accurate;\nb. it is approved.")])),
        Case("list-and-tables-deleted-at-the-end",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles are:\n\n{RolesTable}\n\na. one;\nb. two;\nc. three.\n\n{RolesTable}")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)),
        Case("clause-ending-in-a-list-moved-before-the-next-section",
            b => b.Section("intro", "Introduction", [.. Intro, ("checks", Checks)]).Section("rules", "Rules", Rules),
            d => d.Section("intro", "Introduction", [("checks", Checks), .. Intro]).Section("rules", "Rules", Rules)),

        // The shapes of issue 11's last soak: a moved heading's bookmark, list labels carried onto a join or left on
        // what LibreOffice keeps of a paragraph before a table, a list split by a table.
        Case("section-moved-behind-a-kept-contents-entry",
            b => b.Section("intro", "Introduction", Intro[0]).Section("rules", "Rules", Rules[0]).Section("review", "Review", Review),
            d => d.Section("review", "Review", Review).Section("rules", "Rules", Rules[0])),
        Case("list-split-off-into-a-clause-of-its-own",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Before posting, check that:\n\nThink first.\n\na. it is accurate;\nb. *never* unkind;\nc. it is approved.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Before posting, check that:\n\nThink first."), ("check-list", "a. it is accurate;\nb. *never* unkind;\nc. it is approved.")])),
        Case("clause-ending-in-a-table-and-a-list-deleted-before-a-section",
            b => b.Section("intro", "Introduction", [.. Intro, ("roles", $"Roles are:\n\n{RolesTable}\n\na. one *more*;\nb. two.")]).Section("rules", "Rules", Rules),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules)),
        Case("clause-split-at-a-table-after-a-list-item",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles are:\n\na. one;\n\n{RolesTable}\n\nAfter the table.[^1]\n\n[^1]: A note.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", "Roles are:\n\na. one;"), ("after", $"{RolesTable}\n\nAfter the table.[^1]\n\n[^1]: A note.")])),
        Case("title-given-to-a-clause-with-a-footnote-before-a-table",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"Roles[^1] are set out below.\n\n{RolesTable}\n\na. one;\nb. two.\n\n[^1]: A note.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("roles", $"---\ntitle: Roles\n---\nRoles[^1] are set out below.\n\n{RolesTable}\n\na. one;\nb. two.\n\n[^1]: A note.")])),
        Case("table-added-between-list-items",
            b => b.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", "Check that:\n\na. it is accurate;\nb. it is kind;\nc. it is short;\nd. it is approved.")]),
            d => d.Section("intro", "Introduction", Intro).Section("rules", "Rules", [.. Rules, ("checks", $"Check that:\n\na. it is accurate;\nb. it is kind;\n\n{RolesTable}\n\nc. it is short;\nd. it is approved.")])),
    ];

    private const string Checks = "Before posting, check that:\n\na. it is accurate;\nb. it is approved.";

    private const string RolesTable = "| Role | Duty |\n| --- | --- |\n| Manager | Approves accounts |\n| Officer | Posts content |";

    /// <summary>The baseline every case starts from unless it says otherwise.</summary>
    private static TestPolicy Standard(TestPolicy policy) => policy.Section("intro", "Introduction", Intro).Section("rules", "Rules", Rules);

    private static RedlineCase Case(string name, Func<TestPolicy, TestPolicy> draft) => new(name, Standard(new TestPolicy()), draft(new TestPolicy()));

    private static RedlineCase Case(string name, Func<TestPolicy, TestPolicy> baseline, Func<TestPolicy, TestPolicy> draft) =>
        new(name, baseline(new TestPolicy()), draft(new TestPolicy()));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var redlineCase in All)
        {
            data.Add(redlineCase.Name);
        }

        return data;
    }

    public static RedlineCase Named(string name) => All.Single(c => c.Name == name);
}
