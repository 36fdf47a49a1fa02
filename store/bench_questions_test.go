package store

import (
	"fmt"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// benchOwn is a notebook with 40 questions of the person's own in 4
// categories of their own, and the built-ins reordered.
func benchOwn(b *testing.B) *Notebook {
	nb := New()
	for c := range 4 {
		cat := nb.AddCategory(fmt.Sprintf("Mine %d", c))
		for i := range 10 {
			if _, err := nb.AddQuestion(checklist.Question{Category: cat.ID, Kind: checklist.KindYesNo, Better: "yes", Prompt: fmt.Sprintf("Question %d?", i)}); err != nil {
				b.Fatal(err)
			}
		}
	}
	nb.MoveQuestion(checklist.QFee, 1)
	nb.MoveCategory(checklist.Safety, -2)
	return nb
}

// BenchmarkCatalogue is what a screen pays on every frame for the
// notebook's catalogue: a cache hit.
func BenchmarkCatalogue(b *testing.B) {
	nb := benchOwn(b)
	nb.Catalogue()
	for b.Loop() {
		_ = nb.Catalogue()
	}
}

// BenchmarkCatalogueAfterEdit is the cost after an edit: the layout is new
// and the catalogue is merged again.
func BenchmarkCatalogueAfterEdit(b *testing.B) {
	nb := benchOwn(b)
	for b.Loop() {
		nb.Questions = nb.Questions.Clone()
		_ = nb.Catalogue()
	}
}
