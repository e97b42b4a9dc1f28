/* symbol.c: the table of interned names.
 *
 * A symbol is an index into one growing array of names; an open-addressing
 * hash table of indices finds a name's symbol. Ids are handed out in order of
 * first use, so comparing ids is cheap and stable from run to run. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"

typedef struct SymEntry {
    const char *s;
    uint32_t len;
    uint32_t hash;
} SymEntry;

static SymEntry *entries;   /* entries[0] is the "no symbol" slot */
static uint32_t nentries, centries;
static uint32_t *table;     /* 0 = empty, else a symbol id */
static uint32_t tmask;

/* FNV-1a over the bytes of a name. */
static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Doubles the hash table and re-inserts every symbol. */
static void grow_table(void)
{
    uint32_t nsize = table ? (tmask + 1) * 2 : 1024;
    uint32_t *nt = GC_MALLOC_ATOMIC(nsize * sizeof *nt);
    memset(nt, 0, nsize * sizeof *nt);
    for (uint32_t id = 1; id < nentries; id++) {
        uint32_t i = entries[id].hash & (nsize - 1);
        while (nt[i]) i = (i + 1) & (nsize - 1);
        nt[i] = id;
    }
    table = nt;
    tmask = nsize - 1;
}

Sym sym_intern(const char *s, size_t len)
{
    if (!table) {
        centries = 1024;
        entries = GC_MALLOC(centries * sizeof *entries);
        nentries = 1;
        grow_table();
    }
    uint32_t h = hash_bytes(s, len);
    uint32_t i = h & tmask;
    for (uint32_t id; (id = table[i]); i = (i + 1) & tmask) {
        SymEntry *e = &entries[id];
        if (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0) return id;
    }
    if (nentries == centries) {
        centries *= 2;
        entries = GC_REALLOC(entries, centries * sizeof *entries);
    }
    uint32_t id = nentries++;
    entries[id] = (SymEntry){gc_strndup(s, len), (uint32_t)len, h};
    table[i] = id;
    if (nentries * 2 > tmask) grow_table();
    return id;
}

Sym sym_cstr(const char *s)
{
    return sym_intern(s, strlen(s));
}

const char *sym_str(Sym s)
{
    return entries[s].s;
}

uint32_t sym_len(Sym s)
{
    return entries[s].len;
}

int sym_cmp_text(Sym a, Sym b)
{
    if (a == b) return 0;
    const SymEntry *x = &entries[a], *y = &entries[b];
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}
