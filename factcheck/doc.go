// Package factcheck holds, in its tests, the one reviewed table of every
// fixed text vetted shows or writes that could state a fact about therapy:
// question prompts and hints, category blurbs, concern labels and quotes,
// preparation items, flag titles and facts, the credential check's marks,
// the welcome, the comparison's detail pane, the brief's and the email
// draft's fixed words. Each text is held whole, as parts: a quote checked
// word for word against the source page it names, vetted's own words
// naming what a page lists (with the page's words beside them), or
// vetted's own words that state no fact about therapy. Changing any of
// these texts, or adding a sentence to one, fails the suite until the
// table changes with it.
//
// The texts are pinned on any clone; the quotes are checked against the
// five source pages when VETTED_SEEDS names their folder.
package factcheck
