package prep

import (
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/brief"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store/disk"
)

// briefName is the file name a brief gets in the export folder.
const briefName = "vetted-brief.md"

// WriteBrief returns the command that writes the first-appointment brief
// of c's notebook, for the therapist with ID therapistID ("" for none), as
// Markdown to the first free name in the export folder, never over a
// file; My concerns go in only withConcerns. It reports in the status line
// (screen.StatusMsg); from an encrypted notebook it says that the brief
// is not encrypted. The preparation list's b and the roster's use it.
func WriteBrief(c *screen.Common, therapistID string, withConcerns bool) tea.Cmd {
	// The command runs off the UI goroutine, on a copy that later edits
	// leave alone: a Snapshot, not a Clone, whose deep copy of 500
	// therapists cost the key 2.8 ms. The brief only reads it.
	nb := c.Notebook().Snapshot()
	opts := brief.Options{Therapist: -1}
	if i, ok := nb.Find(therapistID); ok && therapistID != "" {
		opts.Therapist = i
	}
	warning := disk.PlaintextWarning(c.Encrypted, "The brief")
	dir := c.ExportDir
	return func() tea.Msg {
		if withConcerns {
			opts.Concerns = brief.ConcernsOf(nb)
		}
		path, err := disk.WriteNewExport(dir, briefName, func(w io.Writer) error {
			return brief.Write(w, nb, brief.FormatMarkdown, opts)
		})
		if err != nil {
			return screen.StatusMsg{Text: "Brief not written: " + safetext.Line(err.Error()), Err: true}
		}
		// The warning first: a narrow status line cuts the path.
		return screen.StatusMsg{Text: strings.TrimSpace(warning + " Brief written to " + safetext.Line(path))}
	}
}
