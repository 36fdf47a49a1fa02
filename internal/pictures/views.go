package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/teadrive"
	"github.com/vetted-tui/vetted/model"
)

// The size every picture is drawn at: the smallest the app is designed
// for, and the size of the comparison's golden view.
const width, height = 80, 24

// compareGolden is the comparison's golden view at 80x24, kept true by
// model/compare's TestCompareGolden.
const compareGolden = "model/compare/testdata/TestCompareGolden/80x24.golden"

// screen is one picture: its file name in docs/pictures, what it shows
// (the SVG's title) and the text view it is drawn from.
type screen struct {
	name, title, view string
}

// screens returns the three views the pictures show: the roster and an
// interview, drawn by the app itself on the demo notebook, and the
// comparison's golden view. root is the repository's folder.
func screens(root string) ([]screen, error) {
	golden, err := os.ReadFile(filepath.Join(root, compareGolden))
	if err != nil {
		return nil, err
	}
	d := newDriver()
	roster := d.view()
	d.key(tea.KeyMsg{Type: tea.KeyEnter})
	interview := d.view()
	return []screen{
		{"roster", "vetted: the roster of the demo notebook", roster},
		{"interview", "vetted: an interview, one question at a time", interview},
		{"comparison", "vetted: the comparison, one column per therapist", string(golden)},
	}, nil
}

// driver runs the app's model as Bubble Tea would, without a terminal:
// every command it returns is run and its message fed back, except those
// that only wait (see teadrive).
type driver struct{ m tea.Model }

// newDriver opens the demo notebook in the app, sized width x height, in
// memory: nothing is saved, and nothing reaches the terminal.
func newDriver() *driver {
	// Plain text whatever the terminal go run is started in.
	lipgloss.SetColorProfile(termenv.Ascii)
	d := &driver{m: model.New(model.Options{Notebook: demo.Notebook(), Demo: true, Terminal: io.Discard})}
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// key sends one key.
func (d *driver) key(k tea.KeyMsg) { d.send(k) }

// view returns what the app draws, without escape sequences.
func (d *driver) view() string { return ansi.Strip(d.m.View()) }

func (d *driver) send(msg tea.Msg) {
	next, cmd := d.m.Update(msg)
	d.m = next
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	teadrive.Run(cmd, func(msg tea.Msg) {
		if _, quit := msg.(tea.QuitMsg); !quit {
			d.send(msg)
		}
	})
}

// String names a screen, for messages.
func (s screen) String() string { return fmt.Sprintf("%s (%s)", s.name, s.title) }
