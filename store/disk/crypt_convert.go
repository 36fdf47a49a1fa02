package disk

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// EncryptFile encrypts the plaintext notebook at path, and its kept
// previous version (.prev), with key. A missing notebook is created empty
// and encrypted, so that everything saved into it from the start is. The
// notebook must not be open in the app: the lock is taken for the change.
//
// Each file is replaced atomically, the .prev first, so an interrupted run
// leaves every file whole, either as it was or converted, and running the
// command again finishes the job. On any error nothing is written. The
// plaintext that was on disk before is not wiped: file systems, backups
// and sync tools may keep copies of it (the README says so).
func EncryptFile(path string, key *crypt.Key) error {
	if key == nil {
		return errors.New("vetted: no key given")
	}
	return convert(path, plainCodec{}, key, true)
}

// DecryptFile writes the notebook at path, and its .prev, back as plain
// JSON, with key from UnlockKey. Like EncryptFile, it takes the lock, and
// on error writes nothing.
func DecryptFile(path string, key *crypt.Key) error {
	if key == nil {
		return errors.New("vetted: no key given")
	}
	return convert(path, key, plainCodec{}, false)
}

// ChangeKey re-encrypts the notebook at path, and its .prev, from the key
// old (from UnlockKey) to next (from NewKey with the new passphrase). next
// should be a fresh key, not old re-wrapped: a copy of the file kept under
// the old passphrase (a backup, a sync tool's history) then unlocks nothing
// written after the change.
func ChangeKey(path string, old, next *crypt.Key) error {
	if old == nil || next == nil {
		return errors.New("vetted: no key given")
	}
	return convert(path, old, next, false)
}

// convert rewrites the notebook at path and its .prev from the codec from
// to the codec to. The notebook must open with from and decode; the .prev
// must open with from, or already with to (an earlier run was
// interrupted). createMissing makes an empty notebook where there is none.
func convert(path string, from, to codec, createMissing bool) error {
	if path == "" {
		return errors.New("vetted: no notebook file given")
	}
	// The same refusals and locks as Open: a dangling link is refused,
	// and both the name and the file itself are locked.
	path, err := followLink(filepath.Clean(path))
	if err != nil {
		return err
	}
	held, err := OpenRegular(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &LoadError{Path: path, Err: StripPath(err)}
	}
	if err != nil {
		// No notebook yet: convertNotebook creates one or says so.
		held = nil
		if createMissing {
			if err := makeFolder(filepath.Dir(path)); err != nil {
				return err
			}
		}
	}
	f := &File{path: path, codec: to, fsys: osFS{}, held: held}
	if err := f.lockAll(); err != nil {
		return err
	}
	defer f.unlockAll()
	if err := f.removeLeftovers(); err != nil {
		return err
	}

	// Check and convert everything in memory before writing anything.
	notebook, err := convertNotebook(path, from, to, createMissing)
	if err != nil {
		return err
	}
	prevPath := path + prevSuffix
	prev, err := convertPrevious(prevPath, from, to)
	if err != nil {
		return err
	}

	if prev != nil {
		if err := f.replaceAt(prevPath, prev); err != nil {
			return fmt.Errorf("vetted: cannot write %s: %w", prevPath, StripPath(err))
		}
	}
	if err := f.replaceAt(path, notebook); err != nil {
		return fmt.Errorf("vetted: cannot write %s: %w", path, StripPath(err))
	}
	return nil
}

// convertNotebook returns the notebook at path re-sealed with to, after
// checking that it opens with from and decodes. The JSON is carried over
// byte for byte, not re-encoded.
func convertNotebook(path string, from, to codec, createMissing bool) ([]byte, error) {
	stored, err := readStored(path)
	var plain []byte
	switch {
	case errors.Is(err, fs.ErrNotExist) && createMissing:
		if plain, err = store.Encode(store.New()); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	default:
		if plain, err = from.Open(stored); err != nil {
			return nil, &LoadError{Path: path, Err: err}
		}
		if _, err := store.Decode(plain); err != nil {
			return nil, &LoadError{Path: path, Err: err}
		}
	}
	sealed, err := to.Seal(plain)
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot convert %s: %w", path, err)
	}
	return sealed, nil
}

// convertPrevious returns the .prev at prevPath re-sealed with to, or nil
// when there is none or it is already sealed with to. Its JSON is not
// checked: it is the person's previous version, whatever it holds, and
// must not stay behind in the old form.
func convertPrevious(prevPath string, from, to codec) ([]byte, error) {
	stored, err := readStored(prevPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	plain, err := from.Open(stored)
	if err != nil {
		if _, done := to.Open(stored); done == nil {
			return nil, nil
		}
		return nil, &LoadError{Path: prevPath, Err: fmt.Errorf(
			"%w; this previous version cannot be converted with the notebook: move it out of the folder and run the command again", err)}
	}
	sealed, err := to.Seal(plain)
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot convert %s: %w", prevPath, err)
	}
	return sealed, nil
}
