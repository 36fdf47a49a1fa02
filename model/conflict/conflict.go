// Package conflict is the changed-on-disk prompt: what the app shows when
// the notebook changed on disk behind its back (a sync tool brought
// another computer's version, a second vetted wrote to a shared folder).
// The store refuses the save with disk.ErrChangedOnDisk and writes
// nothing, or the watch (model/ondisk) sees the change; the root then says
// so in the status line and holds this small prompt in place of the help
// until the person picks:
//
//	ctrl+r  reload the file from disk and re-apply the answers typed since the
//	        last good save, where the file still holds what they
//	        replaced; whatever cannot be re-applied is listed, and the
//	        version from before the reload is kept as a copy beside it;
//	ctrl+o  save the version in memory as a copy beside the notebook
//	        (notebook.conflict-YYYYMMDD-HHMMSS.json) and go on saving there.
//
// ctrl+c first says how much is unsaved; a second ctrl+c quits without it.
// The choices are control keys, not letters: the prompt opens when a save
// ends, often while the person is typing the next answer, and a letter of
// it must not pick for them (nor, after a reload, land on the roster as a
// command). The root takes the keys (it owns the notebook and the saves);
// the reload and the copy are commands of model/ondisk.
package conflict

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// Prompt is the state of the changed-on-disk prompt.
type Prompt struct {
	Open bool // the prompt is up; keys go to it alone
	Busy bool // a reload or copy is running
}

// KeyMap holds the prompt's choices.
type KeyMap struct {
	Reload key.Binding
	Copy   key.Binding
}

// DefaultKeyMap returns the prompt's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Reload: screen.Bind("ctrl+r", "reload from disk, then re-apply your answers", "ctrl+r"),
		Copy:   screen.Bind("ctrl+o", "save your version as a copy and work on that", "ctrl+o"),
	}
}

// View replaces the help while the prompt is up: the choices, one a line,
// so none is cut at the narrowest width. quitAnyway says that ctrl+c
// quits without saving.
func (p Prompt) View(st help.Styles, width int, quitAnyway bool) string {
	if p.Busy {
		return st.ShortDesc.Render("Working…")
	}
	ck := DefaultKeyMap()
	quit := "quit"
	if quitAnyway {
		quit = "quit without saving"
	}
	var lines []string
	for _, b := range []key.Binding{ck.Reload, ck.Copy, screen.Bind("ctrl+c", quit, "ctrl+c")} {
		h := b.Help()
		lines = append(lines, cell.Cut(st.ShortKey.Render(h.Key)+" "+st.ShortDesc.Render(h.Desc), width))
	}
	return strings.Join(lines, "\n")
}

// ChangedNote says that the watch saw the notebook change on disk, and
// what to do, while an answer is being typed or not.
func ChangedNote(typing bool) string {
	const changed = "The notebook changed on disk just now (another computer or a sync tool?); vetted has not written over it."
	if typing {
		return changed + " Finish this answer (enter) or leave it (esc); then ctrl+r reloads the file, ctrl+o keeps your version as a copy."
	}
	return changed + " ctrl+r reloads it (your unsaved answers are re-applied); ctrl+o keeps your version as a copy."
}

// CopiesNote says, once on opening, which files beside the notebook
// look like copies a sync tool left, or "" when there are none.
func CopiesNote(names []string) string {
	if len(names) == 0 {
		return ""
	}
	quoted := make([]string, 0, 3)
	for _, n := range names[:min(len(names), 3)] {
		quoted = append(quoted, `"`+safetext.Line(n)+`"`)
	}
	if len(names) > 3 {
		quoted = append(quoted, fmt.Sprintf("%d more", len(names)-3))
	}
	return "Beside the notebook are copies a sync tool may have left: " + strings.Join(quoted, ", ") +
		". vetted opens only the notebook itself; merge them by hand if they hold answers."
}
