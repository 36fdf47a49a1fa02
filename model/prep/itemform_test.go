package prep

import (
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/cursor"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() { field.CursorMode = cursor.CursorStatic }

// TestEveryItemFormOpens: every preparation item's form opens (its
// fields' keys are unique) and saved untouched changes nothing.
func TestEveryItemFormOpens(t *testing.T) {
	for _, it := range checklist.Prep() {
		nb := store.New()
		nb.SetMedications([]store.Medication{{Name: "Sertraline", Dose: "50 mg"}})
		c := screen.NewCommon(nb, theme.DefaultStyles(), nil, ".")
		c.Width, c.Height = 80, 24
		msg := itemSaved(it, NewItemForm(c, it).Form())
		if len(msg.Entries) != 0 || msg.RowsEdited || msg.Done {
			t.Errorf("%s: an untouched form says %+v", it.ID, msg)
		}
		before := nb.Clone()
		if _, ok := msg.Apply(nb, time.Time{}); !ok {
			t.Fatalf("%s: not applied", it.ID)
		}
		if len(nb.PrepForm.Medications) != len(before.PrepForm.Medications) || len(nb.Prep) != 0 || len(nb.PrepForm.Entries) != 0 {
			t.Errorf("%s: an untouched save changed the notebook", it.ID)
		}
	}
}
