package disk

import "github.com/vetted-tui/vetted/store/crypt"

// codec turns the encoded notebook into the bytes stored on disk and back.
// It is the seam for encryption at rest: a crypt.Key seals and opens
// here, and store's Encode and Decode never see the stored bytes.
type codec interface {
	Seal(plain []byte) ([]byte, error)
	Open(stored []byte) ([]byte, error)
}

// plainCodec stores the JSON as it is. It refuses an encrypted notebook
// with ErrEncrypted rather than report its bytes as bad JSON.
type plainCodec struct{}

func (plainCodec) Seal(plain []byte) ([]byte, error) { return plain, nil }
func (plainCodec) Open(stored []byte) ([]byte, error) {
	if crypt.IsEncrypted(stored) {
		return nil, ErrEncrypted
	}
	return stored, nil
}
