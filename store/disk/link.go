package disk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// followLink returns the file that path names once symlinks are followed,
// so a save replaces the target, in the target's folder, and the link stays
// a link. A link whose target is missing (a link into a sync or encrypted
// folder that is not mounted yet) is refused with a *LoadError naming the
// link and its target: opening it as an empty notebook would abandon the
// real notes, and the first save would put a plain file where the link
// was. A missing path whose folder is such a link is refused the same way.
func followLink(path string) (string, error) {
	for p := path; ; p = filepath.Dir(p) {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			if parent := filepath.Dir(p); parent != p {
				continue // look for the nearest part that exists
			}
			return path, nil
		}
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			break // a real file or folder: the rest is created as needed
		}
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return "", danglingError(path, p)
		}
		break
	}
	resolved, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil // no link on the way: a new notebook
	}
	if err != nil {
		return "", &LoadError{Path: path, Err: StripPath(err)}
	}
	return resolved, nil
}

// danglingError says that link, on the way to path, points at nothing.
func danglingError(path, link string) error {
	target, err := os.Readlink(link)
	if err != nil {
		target = "a file that is not there"
	}
	what := "it is a link"
	if link != path {
		what = "its folder " + link + " is a link"
	}
	return &LoadError{Path: path, Err: fmt.Errorf(
		"%s to %s, which does not exist (a sync or encrypted folder not mounted yet?). "+
			"vetted will not put a new file in place of the link; mount or restore %s, "+
			"or remove the link to start a new notebook", what, target, target)}
}
