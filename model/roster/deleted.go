package roster

// Recently deleted. D on the roster shows the therapists deleted from it
// (store/deleted.go), newest first: r or enter brings one back to where
// they stood, E empties the list for good after its own y/n, esc or D
// goes back to the roster.

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// deletedKeyMap holds the keys of the recently deleted list.
type deletedKeyMap struct {
	Up, Down, Restore, Empty, Back key.Binding
}

func defaultDeletedKeyMap() deletedKeyMap {
	return deletedKeyMap{
		Up:      screen.Bind("↑/k", "up", "up", "k"),
		Down:    screen.Bind("↓/j", "down", "down", "j"),
		Restore: screen.Bind("r/enter", "restore", "r", "enter"),
		Empty:   screen.Bind("E", "empty for good", "E"),
		Back:    screen.Bind("esc/D", "roster", "esc", "D"),
	}
}

// deletedAt is row i of the recently deleted list as shown, the last
// deleted on top: read in place, never copied (each entry holds a whole
// therapist, and this runs on every key and frame).
func (r Model) deletedAt(i int) *store.DeletedTherapist {
	d := r.common.Notebook().Deleted
	return &d[len(d)-1-i]
}

// deletedCount is how many therapists the recently deleted list holds.
func (r Model) deletedCount() int { return len(r.common.Notebook().Deleted) }

// deletedHeight is the lines of the recently deleted list, its "more"
// lines included: the roster's, less the line that says what r and E do.
func (r Model) deletedHeight() int { return max(1, r.listHeight()-1) }

// updateDeleted handles a key while the recently deleted list is shown.
func (r Model) updateDeleted(k tea.KeyMsg) (Model, tea.Cmd) {
	if r.emptying.Asking() {
		var yes bool
		r.emptying, yes, _ = r.emptying.Answer(k)
		if yes {
			r.showDeleted = false
			return r, screen.Send(screen.EmptyDeletedMsg{})
		}
		return r, screen.Send(screen.StatusMsg{Text: "Nothing emptied."})
	}
	n := r.deletedCount()
	r.deleted = r.deleted.SetLen(n)
	switch {
	case key.Matches(k, r.deletedKeys.Up):
		r.deleted = r.deleted.Move(-1)
	case key.Matches(k, r.deletedKeys.Down):
		r.deleted = r.deleted.Move(1)
	case key.Matches(k, r.deletedKeys.Back):
		r.showDeleted = false
		return r.resize(), nil
	case key.Matches(k, r.deletedKeys.Restore) && n > 0:
		id := r.deletedAt(r.deleted.Cursor()).ID
		return r, screen.Send(screen.RestoreTherapistMsg{ID: id})
	case key.Matches(k, r.deletedKeys.Empty) && n > 0:
		who := fmt.Sprintf("these %d therapists", n)
		if n == 1 {
			who = "this therapist"
		}
		r.emptying = r.emptying.Ask("Remove "+who+" for good, answers and all? No undo.", "")
	}
	return r, nil
}

// deletedView draws the recently deleted list.
func (r Model) deletedView() string {
	s := r.common.Styles
	w := r.common.Width
	n := r.deletedCount()
	var b strings.Builder
	b.WriteString(s.Subtitle.Render(fmt.Sprintf("Recently deleted · %d", n)))
	if n == 0 {
		b.WriteString("\n" + cell.Wrap(s.Muted.Render("Nothing here. Deleted therapists wait here, with their answers, until you empty the list (E)."), w))
		return b.String()
	}
	b.WriteString("\n" + s.Muted.Render(cell.Cut("Not in the comparison, scores or exports. r restores, E empties for good.", w)))
	for _, line := range r.deleted.View(func(i int) string {
		d := r.deletedAt(i)
		marker, name := "  ", safetext.Line(field.Shown(d.Name))
		if i == r.deleted.Cursor() {
			marker, name = "› ", s.Selected.Render(name)
		}
		return cell.Cut(marker+name+s.Muted.Render("  deleted "+d.DeletedAt.Local().Format("2 Jan 15:04")), w)
	}, s.Muted) {
		b.WriteString("\n" + line)
	}
	if r.emptying.Asking() {
		b.WriteString("\n" + r.emptying.View(s, w))
	}
	return b.String()
}

// deletedHelp is the help of the recently deleted list.
func (r Model) deletedHelp() []key.Binding {
	if r.emptying.Asking() {
		return r.emptying.ShortHelp()
	}
	k := r.deletedKeys
	return []key.Binding{k.Restore, k.Empty, k.Back}
}
