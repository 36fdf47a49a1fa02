package disk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
)

// maxExportCopies bounds the search for a free file name, so a folder full
// of old exports gives an error rather than a long loop.
const maxExportCopies = 99

// WriteNewExport writes a new file in dir, from name upwards ("name.md",
// "name-2.md" ...), never over a file that is there (even one that appears
// meanwhile: WriteExport creates it exclusively), and returns its
// path. Exports, briefs and saved messages all go through it.
func WriteNewExport(dir, name string, write func(io.Writer) error) (string, error) {
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 1; i <= maxExportCopies; i++ {
		candidate := name
		if i > 1 {
			candidate = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		path := filepath.Join(dir, candidate)
		err := WriteExport(path, false, write)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return path, err
	}
	return "", fmt.Errorf("%s already holds %d files named %s; move some away and try again", dir, maxExportCopies, name)
}
