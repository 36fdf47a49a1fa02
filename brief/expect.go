package brief

import "github.com/vetted-tui/vetted/checklist"

// expectSections are the "What to expect" page (checklist.Expect) as
// sections of the brief: each passage quoted whole, with the page it is
// from named in words. The brief carries them when asked (Options.Expect).
func expectSections() []Section {
	var out []Section
	for _, sec := range checklist.Expect() {
		s := Section{Title: "What to expect: " + sec.Title}
		for _, p := range sec.Passages {
			s.List = append(s.List, "“"+p.Quote+"” — "+checklist.SourceLabel(p.Source))
		}
		out = append(out, s)
	}
	return out
}
