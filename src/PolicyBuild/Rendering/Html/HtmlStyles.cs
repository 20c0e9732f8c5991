namespace PolicyBuild.Rendering.Html;

/// <summary>
/// The page's one stylesheet, inlined so the page needs nothing from outside: system fonts, no
/// images, no imports. Colours keep at least 4.5:1 contrast; changes never rely on colour alone.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root {
          color-scheme: light;
          --text: #1b1b1b;
          --muted: #404040;
          --accent: #1f3864;
          --link: #0b4f99;
          --visited: #5a2d82;
          --rule: #8a94a6;
          --shade: #d9e2f3;
          --ins: #0b5e27;
          --ins-bg: #e6f4ea;
          --del: #9b0020;
          --del-bg: #fbe9ec;
          --hang: 3.5rem;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          max-width: 48rem;
          margin: 0 auto;
          padding: 1rem 1.25rem 3rem;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
          font-size: 1.0625rem;
          line-height: 1.55;
          color: var(--text);
          background: #fff;
          overflow-wrap: break-word;
        }
        a { color: var(--link); text-underline-offset: .15em; }
        a:visited { color: var(--visited); }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        [id] { scroll-margin-top: 1rem; }
        :target, :has(> a[id]:target) { background-color: #fff3bf; }
        .sr-only {
          position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
          overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
        }
        .skip-link { position: absolute; left: -100vw; top: .5rem; }
        .skip-link:focus { left: .5rem; z-index: 1; padding: .5rem 1rem; background: #fff; }
        .page-header {
          display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
          padding-bottom: .5rem; border-bottom: 1px solid var(--rule); color: var(--muted); font-size: .9rem;
        }
        .page-header p, .page-footer p { margin: 0; }
        .draft-banner { padding: .1rem .75rem; border: 2px solid var(--del); color: var(--del); font-weight: 700; letter-spacing: .2em; }
        .page-footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .9rem; }
        .legend { margin: 1.25rem 0; padding: .5rem .75rem; border: 1px solid var(--rule); background: #f4f6f9; font-size: .95rem; }
        .legend p { margin: .25rem 0; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: var(--accent); }
        h1 { margin: 2rem 0 1rem; font-size: 2rem; }
        h2 { margin: 2.25rem 0 .75rem; font-size: 1.5rem; }
        h3 { margin: 1.75rem 0 .5rem; font-size: 1.25rem; }
        h4, h5, h6 { margin: 1.25rem 0 .5rem; font-size: 1.0625rem; }
        p { margin: .6rem 0; }
        .subtitle { font-size: 1.25rem; color: var(--muted); }
        .draft-notice { color: var(--del); font-weight: 700; }
        .number { font-weight: 700; }
        /* Numbers hang in the margin like the Word styles: the text of every line starts at the same place. */
        .numbered { padding-left: var(--hang); }
        .numbered > .number { float: left; min-width: var(--hang); margin-left: calc(-1 * var(--hang)); padding-right: .5rem; }
        .number del + ins { margin-left: .25em; }
        .clause-title { font-weight: 700; margin-bottom: .25rem; }
        .clause-continuation { padding-left: var(--hang); }
        .quote { margin-left: 5.25rem; margin-right: 3.5rem; font-style: italic; }
        .source-code { margin: 0; white-space: pre-wrap; }
        code { font-family: ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", monospace; font-size: .95em; }
        main ol, main ul { margin: .25rem 0 .75rem var(--hang); padding-left: 2.25rem; }
        main li > ol, main li > ul { margin: .25rem 0; }
        li { margin: .3rem 0; }
        li > p { margin: .3rem 0; }
        @counter-style paren-lower-alpha { system: extends lower-alpha; prefix: "("; suffix: ") "; }
        @counter-style paren-upper-alpha { system: extends upper-alpha; prefix: "("; suffix: ") "; }
        @counter-style paren-lower-roman { system: extends lower-roman; prefix: "("; suffix: ") "; }
        ol.lower-letter { list-style-type: lower-alpha; list-style-type: paren-lower-alpha; }
        ol.upper-letter { list-style-type: upper-alpha; list-style-type: paren-upper-alpha; }
        ol.lower-roman { list-style-type: lower-roman; list-style-type: paren-lower-roman; }
        ol.upper-roman { list-style-type: upper-roman; }
        nav.contents ul { margin: 0 0 1rem; padding: 0; list-style: none; }
        nav.contents li { margin: .3rem 0; padding-left: 2rem; }
        /* Floated, the number is not underlined with the link and the space after it collapses. */
        nav.contents .number { float: left; min-width: 2rem; margin-left: -2rem; }
        table { width: 100%; margin: .5rem 0 1.25rem; border-collapse: collapse; }
        th, td { padding: .35rem .5rem; border: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: var(--shade); }
        td > p, th > p { margin: 0 0 .35rem; }
        .table-caption { font-weight: 700; margin: 1rem 0 .25rem; }
        .footnotes { margin-top: 2.5rem; border-top: 1px solid var(--rule); font-size: .95rem; }
        .footnotes h2 { font-size: 1.125rem; }
        .footnote-back { text-decoration: none; }
        .page-break { display: none; }
        /* Changes: underlined or struck through (and announced by hidden words), colour only as a help. */
        ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: .1em; }
        del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: .1em; }
        ins.moved, del.moved { text-decoration-style: double; }
        .format-change { border-bottom: 2px dotted var(--accent); }
        /* The margin bar: a pseudo-element on a row would become a table cell, so rows use their first cell's border. */
        :is(p, li, h1, h2, h3, h4, h5, h6):is(.inserted, .deleted) { position: relative; }
        :is(p, li, h1, h2, h3, h4, h5, h6):is(.inserted, .deleted)::before { content: ""; position: absolute; top: 0; bottom: 0; left: -.75rem; }
        main li:is(.inserted, .deleted)::before { left: -3rem; }
        main > :is(ol, ul) > li:is(.inserted, .deleted)::before { left: -6.5rem; }
        nav.contents li:is(.inserted, .deleted)::before { left: -.75rem; }
        .inserted::before { border-left: .25rem solid var(--ins); }
        .deleted::before { border-left: .25rem dashed var(--del); }
        li.deleted { list-style-type: none; }
        tr.inserted > :first-child { border-left: .25rem solid var(--ins); }
        tr.deleted > :first-child { border-left: .25rem dashed var(--del); }
        .legend .ins-sample { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
        .legend .del-sample { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
        @media print {
          @page { size: A4; margin: 2cm 2cm 2.25cm; }
          body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
          .skip-link { display: none; }
          a, a:visited { color: inherit; text-decoration: none; }
          a.external::after { content: " (" attr(href) ")"; font-size: .9em; overflow-wrap: anywhere; }
          .page-break { display: block; break-before: page; }
          h1, h2, h3, h4, h5, h6, .clause-title, .table-caption { break-after: avoid; }
          p, li { orphans: 3; widows: 3; }
          tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          :target, :has(> a[id]:target) { background: none; }
          ins, del { background: none; }
        }
        """;
}
