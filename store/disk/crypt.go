package disk

import (
	"errors"
	"io"

	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// How an encrypted notebook is opened and read (the sealing itself is
// package crypt's).

// ErrEncrypted means the notebook is encrypted and was opened without a
// key; unlock it first (UnlockKey, then OpenWithKey or ReadWithKey).
var ErrEncrypted = errors.New("this notebook is encrypted; it needs its passphrase")

// IsEncrypted reports whether the file at path is an encrypted notebook,
// reading only its first line. A missing file gives an error matching
// fs.ErrNotExist.
func IsEncrypted(path string) (bool, error) {
	fh, err := OpenRegular(path)
	if err != nil {
		return false, err
	}
	defer fh.Close()
	head := make([]byte, len(crypt.Magic))
	n, err := io.ReadFull(fh, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	return crypt.IsEncrypted(head[:n]), nil
}

// UnlockKey reads the encrypted notebook at path and unwraps its key with
// passphrase. This is the slow step (one scrypt run); do it once per run.
// A wrong passphrase gives an error matching crypt.ErrWrongPassphrase; a
// file that is not encrypted, crypt.ErrNotEncrypted. Every error is a
// *LoadError naming path. Nothing is written.
func UnlockKey(path, passphrase string) (*crypt.Key, error) {
	data, err := readStored(path)
	if err != nil {
		return nil, err
	}
	k, err := crypt.Unlock(data, passphrase)
	if err != nil {
		return nil, &LoadError{Path: path, Err: err}
	}
	return k, nil
}

// Encrypted reports whether the notebook is stored encrypted: every save,
// and the .prev each keeps, is sealed with its key.
func (f *File) Encrypted() bool {
	_, ok := f.codec.(*crypt.Key)
	return ok
}

// ErrAlreadyOnDisk refuses EncryptNew for a notebook already on disk:
// encrypting one is vetted encrypt's job. The app words it for itself.
var ErrAlreadyOnDisk = errors.New("vetted: this notebook is already on disk; vetted encrypt encrypts it")

// EncryptNew makes a notebook that is not on disk yet (opened with Open
// where no file was) encrypted with key: every save from now on, the
// first included, is sealed with it. It is the app's way of choosing
// encryption on the welcome screen, after the file was opened. A
// notebook already on disk, or already written by a save, is refused:
// encrypting one is `vetted encrypt`'s job, which rewrites its .prev too.
func (f *File) EncryptNew(key *crypt.Key) error {
	if key == nil {
		return errors.New("vetted: no key given")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.lock == nil:
		return ErrClosed
	case f.Encrypted():
		return errors.New("vetted: this notebook is already encrypted")
	case f.saved || f.disk.exists || f.held != nil:
		return ErrAlreadyOnDisk
	}
	f.codec = key
	return nil
}

// OpenWithKey is Open for an encrypted notebook: it locks the file at path
// and loads it with key (from UnlockKey, or crypt.NewKey for a notebook
// that does not exist yet, which the first Save then writes encrypted). Every Save
// encrypts with key. A plaintext notebook at path is refused with
// crypt.ErrNotEncrypted: encrypting one is `vetted encrypt`'s job, not a side
// effect of opening it.
func OpenWithKey(path string, key *crypt.Key) (*File, *store.Notebook, error) {
	if key == nil {
		return nil, nil, errors.New("vetted: no key given")
	}
	return openFile(path, key)
}

// ReadWithKey is Read for an encrypted notebook: it decrypts with key and
// takes no lock, creates nothing and writes nothing.
func ReadWithKey(path string, key *crypt.Key) (*store.Notebook, error) {
	if key == nil {
		return nil, errors.New("vetted: no key given")
	}
	return readAt(path, key)
}
