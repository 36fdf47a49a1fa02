package pasteguard

import (
	"bytes"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// S and E stand for the paste brackets in the table below.
func expand(s string) []byte {
	return []byte(strings.NewReplacer("S", string(pasteStart), "E", string(pasteEnd)).Replace(s))
}

func TestFilter(t *testing.T) {
	tests := []struct {
		name  string
		reads []string // input, read by read
		want  []string // what the app sees of each read
	}{
		{"keys alone", []string{"d", "y"}, []string{"d", "y"}},
		{"a whole paste", []string{"ShelloE"}, []string{"ShelloE"}},
		{"a paste over two reads", []string{"Shel", "loE"}, []string{"Shel", "loE"}},
		{"keys after a paste in the same read", []string{"SharmlessEd"}, []string{"SharmlessESdE"}},
		{"the split paste of issue 13", []string{"SharmlessEd", "yEE"}, []string{"SharmlessESdE", "SyE"}},
		{"a stray end marker alone", []string{"E"}, []string{""}},
		{"keys before a stray marker", []string{"yE"}, []string{"SyE"}},
		{"a paste after keys", []string{"aSbE"}, []string{"aSbE"}},
		{"keys after a paste that began in an earlier read", []string{"Sa", "bEy"}, []string{"Sa", "bESyE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g Guard
			for i, r := range tt.reads {
				in := expand(r)
				got := g.Filter(in)
				if !bytes.Equal(got, expand(tt.want[i])) {
					t.Errorf("read %d %q: got %q, want %q", i, in, got, expand(tt.want[i]))
				}
				if len(got) > 3*len(in) {
					t.Errorf("read %d grew from %d to %d bytes", i, len(in), len(got))
				}
			}
		})
	}
}

// recorder keeps the key messages Bubble Tea makes of its input, and quits
// at the key "!".
type recorder struct{ keys []tea.KeyMsg }

func (r *recorder) Init() tea.Cmd { return nil }

func (r *recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		if k.String() == "!" {
			return r, tea.Quit
		}
		r.keys = append(r.keys, k)
	}
	return r, nil
}

func (r *recorder) View() string { return "" }

// TestBubbleTeaReadsTheGuardedSplitPasteAsPastes feeds the guarded bytes of
// the split paste to Bubble Tea's own input reader: the d and the y that
// followed the early end marker arrive as pastes, never as keys.
func TestBubbleTeaReadsTheGuardedSplitPasteAsPastes(t *testing.T) {
	var g Guard
	var in bytes.Buffer
	in.Write(g.Filter(expand("SharmlessEd")))
	in.Write(g.Filter(expand("yEE")))
	in.WriteString("!")
	r := &recorder{}
	p := tea.NewProgram(r, tea.WithInput(&in), tea.WithOutput(&bytes.Buffer{}), tea.WithoutRenderer(), tea.WithoutSignalHandler())
	if _, err := p.Run(); err != nil {
		t.Fatal(err)
	}
	if len(r.keys) != 3 {
		t.Fatalf("got %d key messages %v, want 3", len(r.keys), r.keys)
	}
	for i, want := range []string{"harmless", "d", "y"} {
		if k := r.keys[i]; !k.Paste || string(k.Runes) != want {
			t.Errorf("message %d = %+v, want the paste %q", i, k, want)
		}
	}
}
