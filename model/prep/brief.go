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
	nb := c.Notebook().Clone() // the command runs off the UI goroutine
	opts := brief.Options{Therapist: -1}
	if i, ok := nb.Find(therapistID); ok && therapistID != "" {
		opts.Therapist = i
	}
	if withConcerns {
		opts.Concerns = brief.ConcernsOf(nb)
	}
	warning := disk.PlaintextWarning(c.Encrypted, "The brief")
	dir := c.ExportDir
	return func() tea.Msg {
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
