// Package crypt seals and opens a notebook's bytes with a key wrapped by
// the person's passphrase (age): encryption at rest, with no files of its
// own (store/disk reads and writes them, and keeps a Key as the codec of
// an encrypted File).
package crypt

// Encryption at rest. An encrypted notebook file is, byte by byte:
//
//	vetted-encrypted-notebook/v1\n               the magic line
//	-----BEGIN AGE ENCRYPTED FILE-----\n         the wrapped key: an age
//	...                                          file, armored, sealed to
//	-----END AGE ENCRYPTED FILE-----\n           the passphrase (scrypt),
//	                                             holding an age X25519
//	                                             secret key ("AGE-SECRET-KEY-1...")
//	age-encryption.org/v1\n...                   the payload: a binary age
//	                                             file, sealed to that key's
//	                                             recipient, holding the
//	                                             notebook JSON
//
// Why two layers: a passphrase costs about 1.2 s of scrypt at age's default
// work factor (DefaultWorkFactor; BenchmarkOpenEncrypted measures it), which
// vetted pays once, when it opens the file.
// Every save reuses the wrapped key's bytes as they are and seals the
// notebook to the X25519 recipient, which costs milliseconds. The recipient
// is never written in clear, so nobody without the passphrase can write a
// payload that this notebook's key opens. Both layers are authenticated by
// age: a changed or cut byte anywhere makes opening fail, never yield
// altered notes.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"filippo.io/age"
	"filippo.io/age/armor"

	"github.com/vetted-tui/vetted/store/format"
)

// Magic is the first line of every encrypted notebook. A plaintext
// notebook is JSON and starts with "{" (after optional space), so the two
// can never be confused.
const Magic = "vetted-encrypted-notebook/v1\n"

// DefaultWorkFactor is the scrypt work factor (log2 of N) that wraps the key
// of a real notebook: age's own default, about 1.2 s and 256 MiB on the
// machines vetted was measured on. Tests pass a lower one to stay fast.
const DefaultWorkFactor = 18

// maxWorkFactor is the highest work factor Unlock accepts. age would accept
// up to 22 (4 GiB of memory); a changed header must not make vetted try.
const maxWorkFactor = 20

// MinPassphraseLen is the shortest passphrase vetted accepts, in bytes.
// scrypt slows guessing down but cannot save a very short passphrase.
const MinPassphraseLen = 8

// ErrWrongPassphrase means the passphrase does not open the notebook's key.
var ErrWrongPassphrase = errors.New("that passphrase does not open this notebook")

// ErrNotEncrypted means a key was given for a notebook that is not
// encrypted.
var ErrNotEncrypted = errors.New("this notebook is not encrypted")

// errDamaged is the one message for an encrypted notebook that cannot be
// opened with the right key: a truncated file and a changed byte look the
// same to an authenticated cipher, and the cause is not worth guessing.
func errDamaged() error {
	return &format.Error{Problem: "the encrypted notebook is damaged: it was cut short or changed since vetted wrote it"}
}

// Key unlocks and seals one encrypted notebook. It holds the X25519
// identity in memory and the wrapped form written into every file's header;
// never the passphrase. A Key is the codec of an encrypted disk.File.
type Key struct {
	identity  *age.X25519Identity
	recipient *age.X25519Recipient
	// wrapped is the armored age file of the identity, sealed to the
	// passphrase, ending with a newline.
	wrapped []byte
}

// NewKey makes a fresh key and wraps it with passphrase at the given scrypt
// work factor (DefaultWorkFactor for real notebooks). It costs what one
// scrypt run costs at that factor.
func NewKey(passphrase string, workFactor int) (*Key, error) {
	if err := CheckPassphrase(passphrase); err != nil {
		return nil, err
	}
	if workFactor < 1 || workFactor > maxWorkFactor {
		return nil, fmt.Errorf("vetted: scrypt work factor %d is out of range", workFactor)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot make a key: %w", err)
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(workFactor)
	var buf bytes.Buffer
	aw := armor.NewWriter(&buf)
	w, err := age.Encrypt(aw, r)
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot wrap the key: %w", err)
	}
	if _, err := io.WriteString(w, id.String()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	if err := aw.Close(); err != nil {
		return nil, err
	}
	// The armor ends with a newline; splitEncrypted relies on it.
	if !bytes.HasSuffix(buf.Bytes(), []byte(armor.Footer+"\n")) {
		return nil, errors.New("vetted: the wrapped key has an unexpected form")
	}
	return &Key{identity: id, recipient: id.Recipient(), wrapped: buf.Bytes()}, nil
}

// CheckPassphrase says why a new passphrase is refused, or nil. The error
// never repeats the passphrase.
func CheckPassphrase(passphrase string) error {
	switch {
	case passphrase == "":
		return errors.New("the passphrase is empty")
	case utf8.RuneCountInString(passphrase) < MinPassphraseLen: // characters, as the message says
		return fmt.Errorf("the passphrase is too short: use at least %d characters", MinPassphraseLen)
	}
	return nil
}

// IsEncrypted reports whether stored starts with the magic line.
func IsEncrypted(stored []byte) bool {
	return bytes.HasPrefix(stored, []byte(Magic))
}

// Unlock unwraps the key in the header of stored with passphrase. This is
// the slow step (one scrypt run). A wrong passphrase gives
// ErrWrongPassphrase; bytes that are not encrypted, ErrNotEncrypted.
func Unlock(stored []byte, passphrase string) (*Key, error) {
	wrapped, _, err := splitEncrypted(stored)
	if err != nil {
		return nil, err
	}
	sid, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, ErrWrongPassphrase // only an empty passphrase fails here
	}
	sid.SetMaxWorkFactor(maxWorkFactor)
	r, err := age.Decrypt(armor.NewReader(bytes.NewReader(wrapped)), sid)
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, errDamaged()
	}
	// An age secret key is 74 characters; read a little more to notice junk.
	secret, err := io.ReadAll(io.LimitReader(r, 256))
	if err != nil {
		return nil, errDamaged()
	}
	id, err := age.ParseX25519Identity(strings.TrimSpace(string(secret)))
	if err != nil {
		return nil, errDamaged()
	}
	return &Key{identity: id, recipient: id.Recipient(), wrapped: wrapped}, nil
}

// splitEncrypted cuts stored into the wrapped key (armor and its newline)
// and the payload, after checking the magic line.
func splitEncrypted(stored []byte) (wrapped, payload []byte, err error) {
	if !IsEncrypted(stored) {
		return nil, nil, ErrNotEncrypted
	}
	rest := stored[len(Magic):]
	if !bytes.HasPrefix(rest, []byte(armor.Header+"\n")) {
		return nil, nil, errDamaged()
	}
	footer := []byte(armor.Footer + "\n")
	end := bytes.Index(rest, footer)
	if end < 0 {
		return nil, nil, errDamaged()
	}
	end += len(footer)
	return rest[:end], rest[end:], nil
}

// Seal encrypts the encoded notebook to the key's recipient and prefixes
// the magic line and the wrapped key.
func (k *Key) Seal(plain []byte) ([]byte, error) {
	var buf bytes.Buffer
	// age adds ~200 bytes of header and 16 per 64 KiB chunk.
	buf.Grow(len(Magic) + len(k.wrapped) + len(plain) + len(plain)/4096 + 512)
	buf.WriteString(Magic)
	buf.Write(k.wrapped)
	w, err := age.Encrypt(&buf, k.recipient)
	if err != nil {
		return nil, fmt.Errorf("cannot encrypt: %w", err)
	}
	if _, err := w.Write(plain); err != nil {
		return nil, fmt.Errorf("cannot encrypt: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("cannot encrypt: %w", err)
	}
	return buf.Bytes(), nil
}

// Open decrypts a stored notebook with the key. A plaintext file gives
// ErrNotEncrypted; a file sealed to another key, or damaged, a
// *format.Error.
func (k *Key) Open(stored []byte) ([]byte, error) {
	_, payload, err := splitEncrypted(stored)
	if err != nil {
		return nil, err
	}
	r, err := age.Decrypt(bytes.NewReader(payload), k.identity)
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) {
		return nil, &format.Error{Problem: "the encrypted notebook is damaged, or its content was sealed with another key than the one in its header"}
	}
	if err != nil {
		return nil, errDamaged()
	}
	// The plaintext is about as long as the payload; size the buffer once.
	plain := bytes.NewBuffer(make([]byte, 0, len(payload)))
	if _, err := plain.ReadFrom(r); err != nil {
		return nil, errDamaged()
	}
	return plain.Bytes(), nil
}

// ErrPassphrasesDiffer is the refusal of a new passphrase typed twice
// differently: the terminal prompt and the app's form both give it.
var ErrPassphrasesDiffer = errors.New("the two passphrases differ")

// CheckNewPassphrase says why a new passphrase, typed as pass and then
// again, is refused (CheckPassphrase, then ErrPassphrasesDiffer), or nil.
func CheckNewPassphrase(pass, again string) error {
	if err := CheckPassphrase(pass); err != nil {
		return err
	}
	if again != pass {
		return ErrPassphrasesDiffer
	}
	return nil
}
