package compare

// This file is the comparison's legend: what every mark in the grid and
// its header means, one key (L) away, in the detail pane. These are
// vetted's own words about its own marks; none states a fact about therapy.

// legendEntries pairs each mark the comparison draws with its meaning, in
// the order a person meets them: the header, then the cells.
var legendEntries = [][2]string{
	{"fit 72", "the fit score, 0-100: how the answers meet your priorities (i sets them, b explains a score)"},
	{"! must: State license", "the answers miss a must-have you set; the score breakdown lists all of them"},
	{markFlag + " out", "a red flag rules this therapist out, whatever the score; the flag says why"},
	{"✓ yes", "the answer you would hope for; in the Flags row, good signs"},
	{markFlag + " no", "the answer you would not hope for"},
	{"(red flag)", "an answer that rules the therapist out; (flag) one worth asking more about"},
	{"! must-have", "this answer misses one of your must-haves"},
	{"✓ confirmed", "what your own credential check found; " + markFlag + " not found when it did not"},
	{markBest, "the best answer in the row among the therapists shown (never one who is out)"},
	{markDiffer, "you and your partner rated this two or more steps apart"},
	{textUnanswered, "not asked yet; skipped: passed over on purpose; ✎ note: only a note"},
	{markSelected + " " + markPinned, "the selected column; a pinned one (p; two pins compare head to head)"},
}

// legendParagraphs is the pane's text while the legend is open.
func (m Model) legendParagraphs() []paneText {
	st := m.styles
	out := []paneText{{"What the marks mean", st.PaneTitle}}
	for _, e := range legendEntries {
		out = append(out, paneText{e[0] + "  " + e[1], st.PaneText})
	}
	return append(out, paneText{}, paneText{"L closes the legend.", st.PaneFaint})
}
