// Package roster is vetted's list of therapists, the screen it opens on
// once there is a notebook: from here the person adds, edits and deletes
// therapists and opens every other screen.
package roster

import (
	"github.com/vetted-tui/vetted/model/checkin"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/interview"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/model/outreachpane"
	"github.com/vetted-tui/vetted/model/prep"
	"github.com/vetted-tui/vetted/model/profile"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/verify"

	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// Model lists the therapists. It reads the notebook through common.
type Model struct {
	common *screen.Common
	keys   KeyMap
	// rows is the cursor and window over the therapists.
	rows list.Model
	// deleting asks before deleting a therapist; it is about their ID.
	deleting confirm.Question[string]
	// showDeleted shows the recently deleted list in place of the roster
	// (deleted.go); emptying asks before emptying it.
	showDeleted bool
	deleted     list.Model
	deletedKeys deletedKeyMap
	emptying    confirm.Question[string]
	// compare is the comparison as the person left it: coming back keeps
	// their view (differences only, sort, hidden and pinned columns). It
	// is made on the first visit; the comparison screen changes it in
	// place (compare.Screen).
	compare *compare.Model
	// drawn is what View drew last (cache.go), shared by every copy.
	drawn *viewCache
}

// New returns the roster of the notebook in c.
func New(c *screen.Common) Model {
	return Model{common: c, keys: DefaultKeyMap(), deleting: confirm.New[string](),
		deletedKeys: defaultDeletedKeyMap(), emptying: confirm.New[string](), drawn: &viewCache{}}
}

func (r Model) therapists() []store.Therapist { return r.common.Notebook().Therapists }

// Typing reports whether the roster is waiting for a y/n answer, when q
// and ? must not quit or open help.
func (r Model) Typing() bool { return r.Asking() }

// Asking reports whether the delete or the empty question is open.
func (r Model) Asking() bool { return r.deleting.Asking() || r.emptying.Asking() }

// Cursor is the index of the therapist under the cursor.
func (r Model) Cursor() int { return r.rows.Cursor() }

// listHeight is the lines of the list, its "more" lines included: the
// body less the title, the column headings and the line below the list.
func (r Model) listHeight() int { return max(1, r.common.Height-4) }

// SetSize implements screen.Screen: the roster reads its room from common.
func (r Model) SetSize(int, int) screen.Screen { return r.resize() }

// Refresh implements screen.Refresher: the notebook may have lost or
// gained therapists while another screen was on top.
func (r Model) Refresh() (screen.Screen, tea.Cmd, bool) { return r.resize(), nil, true }

// resize keeps the cursor on a therapist and in view, in both lists.
func (r Model) resize() Model {
	r.rows = r.rows.SetLen(len(r.therapists())).SetHeight(r.listHeight())
	r.deleted = r.deleted.SetLen(r.deletedCount()).SetHeight(r.deletedHeight())
	return r
}

// SelectID puts the cursor on the therapist with id.
func (r Model) SelectID(id string) Model {
	r = r.resize()
	if i, ok := r.common.Notebook().Find(id); ok {
		r.rows = r.rows.Select(i)
	}
	return r
}

// selected returns the therapist under the cursor.
func (r Model) selected() (store.Therapist, bool) {
	ts := r.therapists()
	if i := r.rows.Cursor(); i < len(ts) {
		return ts[i], true
	}
	return store.Therapist{}, false
}

// Update implements screen.Screen.
func (r Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	r, cmd := r.update(msg)
	return r, cmd
}

func (r Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if c, ok := msg.(screen.ChangedMsg); ok {
		if len(r.common.Notebook().Deleted) == 0 {
			r.showDeleted = false
		}
		if c.Select != "" {
			return r.SelectID(c.Select), nil
		}
		return r.resize(), nil
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	if r.deleting.Asking() {
		return r.handleConfirm(k)
	}
	if r.showDeleted {
		return r.updateDeleted(k)
	}
	t, has := r.selected()
	switch {
	case key.Matches(k, r.keys.Up):
		r.rows = r.rows.Move(-1)
	case key.Matches(k, r.keys.Down):
		r.rows = r.rows.Move(1)
	case key.Matches(k, r.keys.Add):
		return r, screen.Send(screen.OpenDetailsMsg{})
	case key.Matches(k, r.keys.Edit) && has:
		return r, screen.Send(screen.OpenDetailsMsg{ID: t.ID})
	case key.Matches(k, r.keys.Delete) && has:
		r.deleting = r.deleting.Ask("Delete "+safetext.Line(field.Shown(t.Name))+" and all their answers?", t.ID)
	case key.Matches(k, r.keys.Interview) && has:
		return r, interview.Open(r.common, t.ID)
	case key.Matches(k, r.keys.Status) && has:
		return r, screen.Send(screen.AdvanceStatusMsg{ID: t.ID})
	case key.Matches(k, r.keys.Compare):
		return r.openCompare()
	case key.Matches(k, r.keys.Prep):
		return r, screen.Push(prep.New(r.common))
	case key.Matches(k, r.keys.Profile):
		return r, screen.Push(profile.New(r.common))
	case key.Matches(k, r.keys.Ask) && has:
		return r, screen.Push(outreachpane.New(r.common, t.ID))
	case key.Matches(k, r.keys.Verify) && has:
		return r, screen.Push(verify.New(r.common, t))
	case key.Matches(k, r.keys.Brief) && has:
		return r, prep.WriteBrief(r.common, t.ID, false)
	case key.Matches(k, r.keys.BriefMine) && has:
		return r, prep.WriteBrief(r.common, t.ID, true)
	case key.Matches(k, r.keys.Questions):
		return r, screen.Send(screen.OpenQuestionsMsg{})
	case key.Matches(k, r.keys.CheckIns) && has:
		return r, checkin.Open(r.common, t.ID, time.Now)
	case key.Matches(k, r.keys.Deleted):
		r.showDeleted, r.deleted = true, r.deleted.Select(0)
	}
	return r.resize(), nil
}

// openCompare opens the comparison, as the person left it when they
// have been there before; only the data is read afresh.
func (r Model) openCompare() (Model, tea.Cmd) {
	nb := r.common.Notebook()
	if len(nb.Therapists) == 0 {
		return r, screen.Send(screen.StatusMsg{Text: "Add a therapist first: the comparison lays their answers side by side."})
	}
	if r.compare == nil {
		c := compare.NewFromJudgement(nb, r.common.Styles, r.common.Judged)
		r.compare = &c
	} else {
		*r.compare = r.compare.SetNotebook(nb).ClearStatus()
	}
	return r, screen.Push(compare.NewScreen(r.common, r.compare))
}

func (r Model) handleConfirm(k tea.KeyMsg) (Model, tea.Cmd) {
	var yes bool
	var id string
	r.deleting, yes, id = r.deleting.Answer(k)
	if yes {
		return r, screen.Send(screen.DeleteTherapistMsg{ID: id})
	}
	return r, screen.Send(screen.StatusMsg{Text: "Nothing deleted."})
}

// ShortHelp implements screen.Screen.
func (r Model) ShortHelp() []key.Binding {
	if r.showDeleted {
		return r.deletedHelp()
	}
	if r.deleting.Asking() {
		return r.deleting.ShortHelp()
	}
	if len(r.therapists()) == 0 {
		return []key.Binding{r.keys.Add}
	}
	return r.keys.ShortHelp()
}

// FullHelp implements screen.Screen.
func (r Model) FullHelp() [][]key.Binding {
	if r.showDeleted {
		return [][]key.Binding{r.deletedHelp(), {r.deletedKeys.Up, r.deletedKeys.Down}}
	}
	if r.deleting.Asking() {
		return r.deleting.FullHelp()
	}
	return r.keys.FullHelp()
}

// View implements screen.Screen.
func (r Model) View() string {
	s := r.common.Styles
	w := r.common.Width
	ts := r.therapists()
	if r.showDeleted {
		return r.deletedView()
	}
	if len(ts) == 0 {
		return r.emptyView()
	}
	cols, nameW := pickColumns(w)
	tl := newTally(r.common.Notebook().Catalogue())
	if r.drawn == nil {
		r.drawn = &viewCache{} // a Model not made by New
	}
	cols, nameW = shareRoom(r.drawn, tl, cols, nameW, ts)
	layout := rowLayout{set: tl.set, width: w, nameW: nameW}
	for i, c := range cols {
		layout.colW[i] = c.width
	}
	r.drawn.setLayout(layout)
	var b strings.Builder
	b.WriteString(s.Subtitle.Render(fmt.Sprintf("Therapists · %d", len(ts))))
	b.WriteString("\n")
	head := strings.Repeat(" ", markerWidth) + cell.Fit("Name", nameW)
	for _, c := range cols {
		head += " " + cell.Fit(c.title, c.width)
	}
	b.WriteString(s.Header.Render(cell.Cut(strings.TrimRight(head, " "), w)))
	// Only the rows in the window are drawn, each from the cache while its
	// therapist and the layout are unchanged: a long roster costs what its
	// window costs.
	rows := make(map[string]drawnRow, r.rows.Page()+1)
	for _, line := range r.rows.View(func(i int) string {
		t := &ts[i]
		return r.drawn.row(rows, t, i == r.rows.Cursor(), func() string {
			marker, name := "  ", cell.Fit(safetext.Line(field.Shown(t.Name)), nameW)
			if i == r.rows.Cursor() {
				marker, name = "› ", s.Selected.Render(name)
			}
			row := marker + name
			for _, c := range cols {
				row += " " + cell.Fit(c.cell(tl, t), c.width)
			}
			return cell.Cut(strings.TrimRight(row, " "), w)
		})
	}, s.Muted) {
		b.WriteString("\n" + line)
	}
	r.drawn.rows = rows
	b.WriteString("\n" + r.footerLine())
	return b.String()
}

// footerLine is the delete question, or the contact details of the
// selected therapist.
func (r Model) footerLine() string {
	s := r.common.Styles
	w := r.common.Width
	t, ok := r.selected()
	if !ok {
		return ""
	}
	if r.deleting.Asking() {
		return r.deleting.View(s, w)
	}
	var parts []string
	for _, p := range []string{field.Shown(t.Phone), field.Shown(t.Email), field.Shown(t.Website), field.Shown(t.Location)} {
		if p = strings.TrimSpace(safetext.Line(p)); p != "" {
			parts = append(parts, p)
		}
	}
	// Whole contact details, as many as fit: a phone number cut in half
	// is worse than none.
	for len(parts) > 1 && cell.Width(strings.Join(parts, " · ")) > w {
		parts = parts[:len(parts)-1]
	}
	return s.Muted.Render(cell.Cut(strings.Join(parts, " · "), w))
}

func (r Model) emptyView() string {
	s := r.common.Styles
	w := r.common.Width
	text := s.Subtitle.Render("No therapists yet. Press a to add the first one you plan to call.") + "\n\n" +
		s.Muted.Render("For each one, vetted walks you through the questions worth asking on the call. "+
			"Press p for what to prepare before a first appointment, and where to find names. "+
			"To look around first, quit (q) and run vetted --demo: three fictional therapists, nothing saved.")
	return cell.Wrap(text, w)
}
