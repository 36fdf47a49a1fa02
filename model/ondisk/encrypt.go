package ondisk

import (
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

// EncryptedNewMsg ends EncryptNew: Err is the refusal, in the app's
// words, or nil when the new notebook is now encrypted.
type EncryptedNewMsg struct{ Err error }

// EncryptNew makes f, a notebook not yet on disk, encrypted with k (the
// welcome's encryption choice). It runs as a command: disk.File.EncryptNew
// takes the file's lock, which a save in flight holds for as long as the
// disk takes.
func EncryptNew(f *disk.File, k *crypt.Key) tea.Cmd {
	return func() tea.Msg {
		err := f.EncryptNew(k)
		if errors.Is(err, disk.ErrAlreadyOnDisk) {
			err = errors.New(alreadyOnDiskNote(f.Path()))
		}
		return EncryptedNewMsg{Err: err}
	}
}

// alreadyOnDiskNote says, inside the app, why a notebook already on disk
// cannot be encrypted from the welcome, and what to do: the store's
// refusal names the command as if at the command line.
func alreadyOnDiskNote(path string) string {
	shown := safetext.Line(path)
	if strings.ContainsAny(shown, " '\"") {
		shown = `"` + shown + `"`
	}
	return "This notebook is already on disk, so it cannot be encrypted from here. " +
		"To encrypt it, quit vetted, then run: vetted encrypt --file " + shown
}
