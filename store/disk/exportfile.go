package disk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteExport puts what fill writes in the file at path, readable by its
// owner alone (mode 0600), so that the file under path is only ever absent,
// the old one or the new one whole:
//
//  1. leftovers of an earlier, killed export to the same path (hidden temp
//     files named "."+name+".tmp-" and 16 hex digits) are removed;
//  2. fill writes to a new temp file of that name in path's folder, which
//     is fsynced and closed; if fill or the disk fails, the temp file is
//     removed and nothing else changes;
//  3. without force the temp file is hard-linked to path, which fails if
//     anything is there (create-exclusive, an error matching fs.ErrExist),
//     and then removed; with force it is renamed over path, following a
//     symlink at path so the link keeps pointing at the file;
//  4. the folder is fsynced, so the new name survives a power cut.
//
// A kill at any moment leaves at most a temp file, which step 1 of the
// next export there removes. On a filesystem without hard links, step 3
// without force checks that path is free and renames, which a file created
// between the check and the rename could lose to; vetted's own exports
// never race like that. Errors name path, never the data.
func WriteExport(path string, force bool, fill func(io.Writer) error) error {
	target := path
	if force {
		if r, err := filepath.EvalSymlinks(path); err == nil {
			target = r
		}
	}
	info, err := os.Lstat(target)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("could not write %s: it is a folder", path)
	case err == nil && !force:
		return existsError{path}
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	if err := removeTemps(dir, base); err != nil {
		return fmt.Errorf("could not create %s: %w", path, StripPath(err))
	}
	tmp, err := writeTemp(tempPath(dir, base), fill)
	if err != nil {
		return fmt.Errorf("could not create %s: %w", path, StripPath(err))
	}
	if force {
		err = os.Rename(tmp, target)
	} else {
		err = linkNew(tmp, target)
	}
	if err != nil {
		_ = os.Remove(tmp)
		if errors.Is(err, fs.ErrExist) {
			return existsError{path}
		}
		return fmt.Errorf("could not create %s: %w", path, StripPath(err))
	}
	if err := syncFolder(dir); err != nil {
		return fmt.Errorf("could not save %s to disk: %w", path, StripPath(err))
	}
	return nil
}

// linkNew gives the finished temp file tmp the name target, failing with
// an error matching fs.ErrExist if target exists, and removes the name
// tmp. A filesystem that has no hard links (FAT, some network and FUSE
// mounts) gets a check and a rename instead.
func linkNew(tmp, target string) error {
	err := hardLink(tmp, target)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, serr := os.Lstat(target); serr == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, target)
}

// hardLink is os.Link, replaced in tests by a filesystem without hard
// links.
var hardLink = os.Link
