package export

import (
	"io"

	"github.com/vetted-tui/vetted/store"
)

// JSON writes nb in vetted's own notebook format, exactly as the store
// saves it (store.Encode): a full backup that vetted --file can open, and
// that store.Decode reads back to the same bytes. Recently deleted
// therapists are left out, as from every export: a copy is written with
// none (store/deleted.go), and nb is not changed.
func JSON(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	out := *nb
	out.Deleted = nil
	data, err := store.Encode(&out)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}
