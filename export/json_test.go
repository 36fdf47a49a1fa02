package export

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// TestJSONRoundTrip checks the property the JSON export promises: export,
// decode with the store, export again gives the same bytes; and the export
// is exactly what the store would save.
func TestJSONRoundTrip(t *testing.T) {
	for name, nb := range map[string]*store.Notebook{
		"demo":    demo.Notebook(),
		"empty":   store.New(),
		"hostile": hostile("=cmd|\\<script>\x1b[31m\n"),
		// Runes encoding/json leaves raw: the 8-bit CSI, a bidi override,
		// a tag character, DEL.
		"invisible": hostile("a\u009b31m\u202eb\U000E0041\x7fc\u200d"),
	} {
		t.Run(name, func(t *testing.T) {
			var first bytes.Buffer
			if err := JSON(&first, nb); err != nil {
				t.Fatal(err)
			}
			want, err := store.Encode(nb)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), want) {
				t.Error("JSON is not store.Encode")
			}
			back, err := store.Decode(first.Bytes())
			if err != nil {
				t.Fatalf("the store cannot read the export: %v", err)
			}
			var second bytes.Buffer
			if err := JSON(&second, back); err != nil {
				t.Fatal(err)
			}
			for _, r := range first.String() {
				if !safetext.Allowed(r) {
					t.Fatalf("the export holds the raw rune %U", r)
				}
			}
			if !bytes.Equal(first.Bytes(), second.Bytes()) {
				t.Errorf("export → decode → export changed the bytes\n%s\n---\n%s", first.Bytes(), second.Bytes())
			}
		})
	}
}

// TestJSONLeavesOutRecentlyDeleted checks that a therapist in recently
// deleted is not in the JSON export, and that exporting leaves the
// notebook's list as it was.
func TestJSONLeavesOutRecentlyDeleted(t *testing.T) {
	nb := demo.Notebook()
	gone := nb.Therapists[0]
	if !nb.DeleteTherapist(gone.ID, gone.Created) {
		t.Fatal("no therapist to delete")
	}
	var out bytes.Buffer
	if err := JSON(&out, nb); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out.Bytes(), []byte(gone.ID)) || bytes.Contains(out.Bytes(), []byte(`"deleted"`)) {
		t.Fatal("the export holds the deleted therapist")
	}
	back, err := store.Decode(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Deleted) != 0 || len(back.Therapists) != len(nb.Therapists) {
		t.Fatalf("decoded %d therapists, %d deleted; want %d, 0", len(back.Therapists), len(back.Deleted), len(nb.Therapists))
	}
	if len(nb.Deleted) != 1 {
		t.Fatal("exporting changed the notebook's recently deleted")
	}
}
