package store

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"time"
)

// The pieces that format.go describes the file with. A stored struct is
// described once, as a list of members: each names its JSON key, the
// valueCodec that writes and reads its value, and whether it is left out
// when empty. The encoder (encode.go), the fast decoder (decode_fast.go)
// and the save cache (encode_cache.go) all walk those lists, so a field
// is written, read and compared from one line. The bytes are those that
// encoding/json writes for the same struct tags; TestDescriptionsMatchTags
// holds each list to its struct's tags.

// valueCodec is how one kind of value is written and read.
type valueCodec[T any] struct {
	// write appends v; d is the depth of the line on which v starts.
	write func(e *encoder, v *T, d int)
	// read reads v, or reports false when the fast path is not sure.
	read func(p *fastParser, v *T) bool
	// empty reports what omitempty or omitzero leaves out.
	empty func(v *T) bool
	// equal reports whether a and b are written as the same bytes; a
	// false "no" only costs the cache a new encoding.
	equal func(a, b *T) bool
}

// member is one field of a stored struct S, as its description gives it.
type member[S any] struct {
	name string
	key  string // the name quoted, with ": ", ready to append
	omit bool   // left out of the file when empty
	// write, read, empty and equal are the field's valueCodec, applied to
	// the field of an S.
	write func(e *encoder, s *S, d int)
	read  func(p *fastParser, s *S) bool
	empty func(s *S) bool
	equal func(a, b *S) bool
	// addr returns the field's address, so the test can tell which field
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

// field describes the field of S that get points to: its JSON name, its
// codec and its omission.
func field[S, T any](name string, get func(*S) *T, c valueCodec[T], o omission) member[S] {
	return member[S]{
		name:  name,
		key:   string(appendString(nil, name)) + ": ",
		omit:  bool(o),
		write: func(e *encoder, s *S, d int) { c.write(e, get(s), d) },
		read:  func(p *fastParser, s *S) bool { return c.read(p, get(s)) },
		empty: func(s *S) bool { return c.empty(get(s)) },
		equal: func(a, b *S) bool { return c.equal(get(a), get(b)) },
		addr:  func(s *S) any { return get(s) },
	}
}

// embedded lifts the members of a struct E embedded in S, whose fields
// encoding/json writes as S's own.
func embedded[S, E any](get func(*S) *E, members []member[E]) []member[S] {
	out := make([]member[S], len(members))
	for i, m := range members {
		out[i] = member[S]{
			name: m.name, key: m.key, omit: m.omit,
			write: func(e *encoder, s *S, d int) { m.write(e, get(s), d) },
			read:  func(p *fastParser, s *S) bool { return m.read(p, get(s)) },
			empty: func(s *S) bool { return m.empty(get(s)) },
			equal: func(a, b *S) bool { return m.equal(get(a), get(b)) },
			addr:  func(s *S) any { return m.addr(get(s)) },
		}
	}
	return out
}

// object is the codec of a struct described by members, written as a JSON
// object in their order. isZero is what omitzero leaves out (nil for a
// struct that is always written).
func object[S any](members []member[S], isZero func(*S) bool) valueCodec[S] {
	if len(members) > 64 {
		panic("store: more members than readObject can track")
	}
	recordDescription(members)
	return valueCodec[S]{
		write: func(e *encoder, s *S, d int) { writeObject(e, members, s, d) },
		read:  func(p *fastParser, s *S) bool { return readObject(p, members, s) },
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

// list is the codec of a slice whose items elem writes and reads: a JSON
// array, null when nil (as encoding/json writes a nil slice).
func list[T any](elem valueCodec[T]) valueCodec[[]T] {
	return valueCodec[[]T]{
		write: func(e *encoder, v *[]T, d int) {
			if *v == nil {
				e.buf = append(e.buf, "null"...)
				return
			}
			e.buf = append(e.buf, '[')
			for i := range *v {
				if i > 0 {
					e.buf = append(e.buf, ',')
				}
				e.buf = append(e.buf, '\n')
				e.buf = appendIndent(e.buf, d+1)
				elem.write(e, &(*v)[i], d+1)
			}
			e.close(len(*v) == 0, d, ']')
		},
		read: func(p *fastParser, v *[]T) bool {
			out, ok := readList(p, elem.read)
			*v = out
			return ok
		},
		empty: func(v *[]T) bool { return len(*v) == 0 },
		equal: func(a, b *[]T) bool {
			return (*a == nil) == (*b == nil) && slices.EqualFunc(*a, *b, func(x, y T) bool { return elem.equal(&x, &y) })
		},
	}
}

// mapOf is the codec of a map whose values elem writes and reads: a JSON
// object with its keys sorted, so the same map always gives the same
// bytes. A new map is made with room for hint entries.
func mapOf[V comparable](elem valueCodec[V], hint int) valueCodec[map[string]V] {
	return valueCodec[map[string]V]{
		write: func(e *encoder, v *map[string]V, d int) {
			if *v == nil {
				e.buf = append(e.buf, "null"...)
				return
			}
			e.buf = append(e.buf, '{')
			var x V // one for every entry: a new one for each would escape
			for i, k := range slices.Sorted(maps.Keys(*v)) {
				e.memberStart(i == 0, d+1)
				e.buf = appendString(e.buf, k)
				e.buf = append(e.buf, ':', ' ')
				x = (*v)[k]
				elem.write(e, &x, d+1)
			}
			e.close(len(*v) == 0, d, '}')
		},
		read: func(p *fastParser, v *map[string]V) bool {
			m := make(map[string]V, hint)
			*v = m
			return readMap(p, m, elem.read)
		},
		empty: func(v *map[string]V) bool { return len(*v) == 0 },
		equal: func(a, b *map[string]V) bool { return (*a == nil) == (*b == nil) && maps.Equal(*a, *b) },
	}
}

// textOf is the codec of a string type: a JSON string.
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

// The codecs of the plain values.
var (
	text    = textOf[string]()
	boolean = valueCodec[bool]{
		write: func(e *encoder, v *bool, _ int) { e.buf = strconv.AppendBool(e.buf, *v) },
		read:  (*fastParser).bool,
		empty: func(v *bool) bool { return !*v },
		equal: func(a, b *bool) bool { return *a == *b },
	}
	// wholeNumber is an int written as digits; read, it takes only the
	// plain form vetted writes.
	wholeNumber = valueCodec[int]{
		write: func(e *encoder, v *int, _ int) { e.buf = strconv.AppendInt(e.buf, int64(*v), 10) },
		read:  (*fastParser).wholeNumber,
		empty: func(v *int) bool { return *v == 0 },
		equal: func(a, b *int) bool { return *a == *b },
	}
	// timestamp is a time as time.Time's own MarshalJSON and UnmarshalJSON
	// write and read it. Equal times are the same instant in the same
	// location, which both shape the bytes.
	timestamp = valueCodec[time.Time]{
		write: func(e *encoder, v *time.Time, _ int) { e.time(*v) },
		read:  (*fastParser).time,
		empty: func(v *time.Time) bool { return v.IsZero() },
		equal: func(a, b *time.Time) bool { return *a == *b },
	}
)

// viaJSON is the codec of a value that encoding/json writes and reads
// whole, for parts small and rare enough that a description of their own
// would buy nothing (the person's own questions). Such a value is a
// pointer: nil is empty.
func viaJSON[T any]() valueCodec[*T] {
	described[reflect.TypeFor[T]()] = nil
	return valueCodec[*T]{
		write: func(e *encoder, v **T, d int) { e.json(*v, d) },
		read:  func(p *fastParser, v **T) bool { return p.delegated(v) },
		empty: func(v **T) bool { return *v == nil },
		equal: func(a, b **T) bool { return reflect.DeepEqual(*a, *b) },
	}
}

// fieldView is one member as TestDescriptionsMatchTags sees it.
type fieldView struct {
	name string
	omit bool
	addr any // the field's address in the struct it was asked about
}

// described holds, for every struct type with a description, the view of
// its members at a given address (a *S), or nil for a type that
// encoding/json writes whole. Only the test reads it.
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
