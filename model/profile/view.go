package profile

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// quoteText renders a seed's sentence in quotation marks with the page it
// comes from, the one way the app quotes a seed.
func quoteText(q checklist.Quote) string {
	return "“" + q.Text + "” — " + checklist.SourceLabel(q.Source)
}

// rowLine draws row i unstyled, with the › marker on the cursor.
func (p Model) rowLine(i int) string {
	mark := "  "
	if i == p.Cursor() {
		mark = "› "
	}
	nb := p.common.Notebook()
	switch i {
	case RowComing:
		alone, together := "(•) alone", "( ) with a partner"
		if p.withPartner() {
			alone, together = "( ) alone", "(•) with a partner"
		}
		return mark + "I come:          " + alone + "   " + together
	case RowPartner:
		if p.editing && p.Cursor() == RowPartner {
			return mark + "Partner's name:  " + p.input.View()
		}
		name := nb.People.PartnerName()
		if name == "" {
			name = "— (enter to name them; coming with a partner)"
		}
		return mark + "Partner's name:  " + name
	case RowOwnWords:
		if p.editing && p.Cursor() == RowOwnWords {
			return mark + "In my own words: " + p.input.View()
		}
		words, _ := safetext.Head(nb.Profile.OwnWords, 400)
		words = strings.TrimSpace(safetext.Line(words))
		if words == "" {
			words = "— (enter to write what you want help with)"
		}
		return mark + "In my own words: " + words
	}
	c, _ := p.concernAt(i)
	box := "[ ]"
	if nb.Profile.Has(c.ID) {
		box = "[x]"
	}
	return mark + box + " " + c.Label
}

// detailLines is what the box under the list says about the current row:
// a concern's sources and the seed's words on it, or the seeds' words on
// coming alone or together and on talking about sex.
func (p Model) detailLines() []string {
	w := max(1, p.common.Width-p.common.Styles.Hint.GetHorizontalFrameSize())
	var text string
	switch p.Cursor() {
	case RowComing, RowPartner:
		text = quoteText(checklist.AloneOrTogetherQuote) + "\nComing with a partner makes “sees couples” count in the fit score and lets you and your partner rate each therapist."
	case RowOwnWords:
		text = quoteText(checklist.TalkingQuote)
	default:
		c, ok := p.concernAt(p.Cursor())
		if !ok {
			return nil
		}
		// The seed's words first: a short window cuts the box's end.
		text = c.Label
		if c.Note != (checklist.Quote{}) {
			text += "\n" + quoteText(c.Note)
		}
		text += "\nListed in: " + checklist.SourceLabel(c.Source)
	}
	return strings.Split(cell.Wrap(safetext.Clean(text), w), "\n")
}

// View implements screen.Screen.
func (p Model) View() string {
	w, h := p.common.Width, p.common.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	s := p.common.Styles
	out := []string{cell.Cut(s.Title.Render("My concerns")+s.Muted.Render(" · "+p.headerLine()), w)}
	// The rows in the window, with a line that says how many rows it
	// hides above and below.
	out = append(out, p.window.View(func(i int) string {
		line := cell.Cut(p.rowLine(i), w)
		if i == p.Cursor() {
			return s.Selected.Render(line)
		}
		return line
	}, s.Muted)...)
	msg := " "
	if p.problem != "" {
		msg = s.Error.Render(cell.Cut("✗ "+p.problem, w))
	}
	out = append(out, msg)
	detail := p.detailLines()
	if _, dh := p.heights(len(detail)); len(detail) > dh {
		detail = detail[:dh]
		if dh > 0 {
			w := max(1, w-s.Hint.GetHorizontalFrameSize())
			detail[dh-1] = cell.Cut(strings.TrimRight(detail[dh-1], " ")+" …", w)
		}
	}
	if len(detail) > 0 {
		out = append(out, strings.Split(s.Hint.Render(strings.Join(detail, "\n")), "\n")...)
	}
	if len(out) > h {
		out = out[:h]
	}
	return cell.CutLines(strings.Join(out, "\n"), w)
}

// ConcernsHint is what the interview shows under "experience with a
// concern like mine": the concerns ticked on the profile and the start of
// the person's own words, or "" when the profile says nothing.
func ConcernsHint(nb *store.Notebook) string {
	var parts []string
	for _, c := range nb.Profile.Known() {
		parts = append(parts, c.Label)
	}
	words, cut := safetext.Head(nb.Profile.OwnWords, 200)
	if words = strings.TrimSpace(safetext.Line(words)); words != "" {
		if cut {
			words += "…"
		}
		parts = append(parts, "in your words: “"+words+"”")
	}
	if len(parts) == 0 {
		return ""
	}
	return "Your concerns (My concerns, m on the roster): " + strings.Join(parts, "; ") + "."
}
