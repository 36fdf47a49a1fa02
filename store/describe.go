package store

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"time"
)

// The pieces fields.go describes the file with. A stored struct is
// described once, as a list of members: each names its JSON key, the
// valueCodec that writes and reads its value, and whether it is left out
// when empty. The encoder (encode.go), the fast decoder (decode_fast.go)
// and the save cache (encode_cache.go) all walk those lists. The bytes are
// those encoding/json writes for the same struct tags, which
// TestDescriptionsMatchTags holds each list to.

// valueCodec is how one kind of value is written, read and compared.
type valueCodec[T any] struct {
	// write appends v; d is the depth of the line on which v starts.
	write func(e *encoder, v *T, d int)
	// read reads v, or reports false when the fast path is not sure.
	read func(p *fastParser, v *T) bool
	// empty reports what omitempty or omitzero leaves out.
	empty func(v *T) bool
	// equal reports whether a and b are written as the same bytes. A
	// wrong "no" only costs the save cache a new encoding.
	equal func(a, b *T) bool
}

// member is one field of a stored struct S.
type member[S any] struct {
	name string
	omit bool // left out of the file when empty
	// put writes the member, key and value, at depth d unless it is left
	// out, and reports whether it wrote it; first says it opens the
	// object. One call for both keeps an object's writing quick.
	put func(e *encoder, s *S, first bool, d int) bool
	// read and equal are the field's codec, applied to the field of an S.
	read  func(p *fastParser, s *S) bool
	equal func(a, b *S) bool
	// addr returns the field's address, for the test to tell which field
	// a member stands for.
	addr func(s *S) any
}

// omission says whether a member is left out of the file when empty.
type omission bool

// The two omissions: always written, and omitempty (or omitzero).
const (
	always    omission = false
	omitEmpty omission = true
)

// field describes the field of S that get points to.
func field[S, T any](name string, get func(*S) *T, c valueCodec[T], o omission) member[S] {
	key := string(appendString(nil, name)) + ": "
	return member[S]{name: name, omit: bool(o),
		put: func(e *encoder, s *S, first bool, d int) bool {
			v := get(s)
			if o == omitEmpty && c.empty(v) {
				return false
			}
			e.memberStart(first, d)
			e.buf = append(e.buf, key...)
			c.write(e, v, d)
			return true
		},
		read:  func(p *fastParser, s *S) bool { return c.read(p, get(s)) },
		equal: func(a, b *S) bool { return c.equal(get(a), get(b)) },
		addr:  func(s *S) any { return get(s) },
	}
}

// embedded lifts the members of a struct E embedded in S, whose fields
// encoding/json writes as S's own.
func embedded[S, E any](get func(*S) *E, members []member[E]) []member[S] {
	out := make([]member[S], len(members))
	for i, m := range members {
		out[i] = member[S]{name: m.name, omit: m.omit,
			put:   func(e *encoder, s *S, first bool, d int) bool { return m.put(e, get(s), first, d) },
			read:  func(p *fastParser, s *S) bool { return m.read(p, get(s)) },
			equal: func(a, b *S) bool { return m.equal(get(a), get(b)) },
			addr:  func(s *S) any { return m.addr(get(s)) },
		}
	}
	return out
}

// object is the codec of a struct that members describe: a JSON object of
// the members not left out, in their order. Read, every key must be one
// of their names, exactly, at most once; encoding/json also matches keys
// in another case, and such files take the slow path. isZero is what
// omitzero leaves out (nil for a struct always written).
func object[S any](members []member[S], isZero func(*S) bool) valueCodec[S] {
	if len(members) > 64 {
		panic("store: more members than the reader's mask of those seen")
	}
	recordDescription(members)
	return valueCodec[S]{
		write: func(e *encoder, s *S, d int) {
			e.buf = append(e.buf, '{')
			empty := true
			for i := range members {
				if members[i].put(e, s, empty, d+1) {
					empty = false
				}
			}
			e.close(empty, d, '}')
		},
		read: func(p *fastParser, s *S) bool {
			var seen uint64
			next := 0 // members usually come in the order they are written
			return p.object(func(key []byte) bool {
				i := next
				if i >= len(members) || members[i].name != string(key) {
					for i = 0; i < len(members) && members[i].name != string(key); i++ {
					}
				}
				if i == len(members) || seen&(1<<i) != 0 {
					return false
				}
				seen |= 1 << i
				next = i + 1
				return members[i].read(p, s)
			})
		},
		empty: isZero,
		equal: func(a, b *S) bool {
			for i := range members {
				if !members[i].equal(a, b) {
					return false
				}
			}
			return true
		},
	}
}

// pointerTo is the codec of a pointer to what elem writes; nil is empty.
func pointerTo[T any](elem valueCodec[T]) valueCodec[*T] {
	return valueCodec[*T]{
		write: func(e *encoder, v **T, d int) {
			if *v == nil {
				e.buf = append(e.buf, "null"...)
				return
			}
			elem.write(e, *v, d)
		},
		read: func(p *fastParser, v **T) bool {
			*v = new(T)
			return elem.read(p, *v)
		},
		empty: func(v **T) bool { return *v == nil },
		equal: func(a, b **T) bool { return *a == *b || *a != nil && *b != nil && elem.equal(*a, *b) },
	}
}

// list is the codec of a slice whose items elem writes and reads: a JSON
// array, null when nil, as encoding/json writes a slice.
func list[T any](elem valueCodec[T]) valueCodec[[]T] {
	return valueCodec[[]T]{
		write: func(e *encoder, v *[]T, d int) {
			if *v == nil {
				e.buf = append(e.buf, "null"...)
				return
			}
			e.buf = append(e.buf, '[')
			for i := range *v {
				e.memberStart(i == 0, d+1)
				elem.write(e, &(*v)[i], d+1)
			}
			e.close(len(*v) == 0, d, ']')
		},
		// A new slice, empty and not nil for [], as encoding/json reads it.
		read: func(p *fastParser, v *[]T) bool {
			*v = []T{}
			var zero T
			item := new(T) // one for every item: each of its own would escape
			return p.sequence('[', ']', func() bool {
				*item = zero
				ok := elem.read(p, item)
				*v = append(*v, *item)
				return ok
			})
		},
		empty: func(v *[]T) bool { return len(*v) == 0 },
		equal: func(a, b *[]T) bool {
			return (*a == nil) == (*b == nil) && slices.EqualFunc(*a, *b, func(x, y T) bool { return elem.equal(&x, &y) })
		},
	}
}

// mapOf is the codec of a map whose values elem writes and reads: a JSON
// object with its keys sorted, so the same map always gives the same
// bytes. A map read is made with room for hint entries.
func mapOf[V comparable](elem valueCodec[V], hint int) valueCodec[map[string]V] {
	return valueCodec[map[string]V]{
		write: func(e *encoder, v *map[string]V, d int) {
			if *v == nil {
				e.buf = append(e.buf, "null"...)
				return
			}
			e.buf = append(e.buf, '{')
			value := new(V) // one for every entry: each of its own would escape
			for i, k := range slices.Sorted(maps.Keys(*v)) {
				e.memberStart(i == 0, d+1)
				e.buf = append(appendString(e.buf, k), ':', ' ')
				*value = (*v)[k]
				elem.write(e, value, d+1)
			}
			e.close(len(*v) == 0, d, '}')
		},
		// A key met twice keeps its last value, as in encoding/json.
		read: func(p *fastParser, v *map[string]V) bool {
			m := make(map[string]V, hint)
			*v = m
			var zero V
			value := new(V)
			return p.object(func(key []byte) bool {
				k := p.text(key)
				*value = zero
				ok := elem.read(p, value)
				m[k] = *value
				return ok
			})
		},
		empty: func(v *map[string]V) bool { return len(*v) == 0 },
		equal: func(a, b *map[string]V) bool { return (*a == nil) == (*b == nil) && maps.Equal(*a, *b) },
	}
}

// textOf is the codec of a string type.
func textOf[T ~string]() valueCodec[T] {
	return valueCodec[T]{
		write: func(e *encoder, v *T, _ int) { e.buf = appendString(e.buf, string(*v)) },
		read: func(p *fastParser, v *T) bool {
			s, ok := p.string()
			*v = T(s)
			return ok
		},
		empty: func(v *T) bool { return len(*v) == 0 },
		equal: func(a, b *T) bool { return *a == *b },
	}
}

// wholeOf is the codec of an integer type, written in digits. Read, it
// takes only that form: a number encoding/json reads otherwise (01, -0,
// 1.0) takes the slow path.
func wholeOf[T ~int | ~int64]() valueCodec[T] {
	return valueCodec[T]{
		write: func(e *encoder, v *T, _ int) { e.buf = strconv.AppendInt(e.buf, int64(*v), 10) },
		read: func(p *fastParser, v *T) bool {
			p.space()
			start := p.pos
			for p.pos < len(p.data) && (p.data[p.pos] == '-' || '0' <= p.data[p.pos] && p.data[p.pos] <= '9') {
				p.pos++
			}
			digits := string(p.data[start:p.pos])
			n, err := strconv.ParseInt(digits, 10, 64)
			*v = T(n)
			return err == nil && int64(*v) == n && strconv.FormatInt(n, 10) == digits
		},
		empty: func(v *T) bool { return *v == 0 },
		equal: func(a, b *T) bool { return *a == *b },
	}
}

// The codecs of the plain values.
var (
	text        = textOf[string]()
	wholeNumber = wholeOf[int]()
	boolean     = valueCodec[bool]{
		write: func(e *encoder, v *bool, _ int) { e.buf = strconv.AppendBool(e.buf, *v) },
		read: func(p *fastParser, v *bool) bool {
			p.space()
			for _, b := range []bool{true, false} {
				if word := strconv.FormatBool(b); bytes.HasPrefix(p.data[p.pos:], []byte(word)) {
					*v, p.pos = b, p.pos+len(word)
					return true
				}
			}
			return false
		},
		empty: func(v *bool) bool { return !*v },
		equal: func(a, b *bool) bool { return *a == *b },
	}
	// timestamp is a time as time.Time's own MarshalJSON and UnmarshalJSON
	// write and read it. Equal times are the same instant in the same
	// location, which both shape the bytes.
	timestamp = valueCodec[time.Time]{
		write: func(e *encoder, v *time.Time, _ int) { e.time(*v) },
		read: func(p *fastParser, v *time.Time) bool {
			p.space()
			start := p.pos
			_, ok := p.raw()
			return ok && v.UnmarshalJSON(p.data[start:p.pos]) == nil
		},
		empty: func(v *time.Time) bool { return v.IsZero() },
		equal: func(a, b *time.Time) bool { return *a == *b },
	}
)

// fieldView is one member as TestDescriptionsMatchTags sees it.
type fieldView struct {
	name string
	omit bool
	addr any // the field's address in the struct it was asked about
}

// described holds, for every struct type with a description, its members
// as seen at a given *S. Only the test reads it.
var described = map[reflect.Type]func(s any) []fieldView{}

// recordDescription records members in described.
func recordDescription[S any](members []member[S]) {
	described[reflect.TypeFor[S]()] = func(s any) []fieldView {
		out := make([]fieldView, len(members))
		for i, m := range members {
			out[i] = fieldView{name: m.name, omit: m.omit, addr: m.addr(s.(*S))}
		}
		return out
	}
}
