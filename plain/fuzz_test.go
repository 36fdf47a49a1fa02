package plain

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/store"
)

// FuzzSession feeds arbitrary input to a session on a notebook with one
// therapist: it must end (the input is finite), never panic, never write
// a control character but the line break, and leave a notebook the store
// would save.
func FuzzSession(f *testing.F) {
	for _, seed := range []string{
		"1\nyes\nq\n",
		"add\n\n\x1b[31mEve\n1\nnote \x07x\nskip\ny\nback\nclear\ny\ngo 99\ngo 3\n2,3\ndone\n",
		"prep\n1\nwhy 1\nwhy 0\n8\ndone\nlist\nhelp\n",
		"Ann\nanswer q\nanswer next\n\r\n\xff\xfe\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		nb := store.New()
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
		var out bytes.Buffer
		var saved *store.Notebook
		err := Run(Options{In: strings.NewReader(input), Out: &out, Notebook: nb,
			Save: func(nb *store.Notebook) error { saved = nb.Clone(); return nil }})
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		for _, r := range out.String() {
			if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == utf8.RuneError) {
				t.Fatalf("output holds %U", r)
			}
		}
		if saved != nil {
			data, err := store.Encode(saved)
			if err != nil {
				t.Fatalf("the notebook would not save: %v", err)
			}
			if _, err := store.Decode(data); err != nil {
				t.Fatalf("the notebook saved would not open: %v", err)
			}
		}
	})
}
