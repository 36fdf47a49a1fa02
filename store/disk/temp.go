package disk

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/vetted-tui/vetted/store"
)

// The temp files that saves, exports and copies write before giving the
// file its name: "."+base+".tmp-" and 16 random lowercase hex digits, in
// the target's folder. The leading dot hides them; the whole name ties
// them to one target. A crash can leave one behind, a plaintext copy of
// private notes, so the next write to the same name removes them, and only
// names of exactly this shape, so nothing the person made is touched.

// tempPrefix is the name prefix of the temp files of a file named base.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// tempPath returns a fresh temp path for the file base in dir. writeTemp
// opens it with O_EXCL, so a clash fails safely.
func tempPath(dir, base string) string {
	return filepath.Join(dir, tempPrefix(base)+store.NewID())
}

// isTempName reports whether name is a temp file of the file base.
func isTempName(name, base string) bool {
	suffix, ok := strings.CutPrefix(name, tempPrefix(base))
	if !ok || len(suffix) != 16 {
		return false
	}
	for _, c := range suffix {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// removeTemps deletes the temp files of the file base left in dir.
func removeTemps(dir, base string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !isTempName(e.Name(), base) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}
