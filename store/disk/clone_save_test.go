package disk

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// TestSaveOfCloneRacesNothing runs under -race: a save command encodes a
// clone on its own goroutine while the model keeps editing the original.
func TestSaveOfCloneRacesNothing(t *testing.T) {
	f, _ := openT(t, filepath.Join(t.TempDir(), "notebook.json"))
	nb := testbook.Answered(5)
	var wg sync.WaitGroup
	for rev := range uint64(5) {
		snap := nb.Clone()
		wg.Go(func() {
			if err := f.Save(snap, rev); err != nil {
				t.Error(err)
			}
		})
		// The live model keeps changing while the save runs.
		nb.Therapists[0].Answers[checklist.QFee] = checklist.Answer{Status: checklist.StatusAnswered, Value: "200.00"}
		nb.Importance[checklist.QFee] = checklist.Important
		nb.Therapists[1].Name = "Edited"
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Added"})
	}
	wg.Wait()
}
