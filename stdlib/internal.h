/* internal.h: what the builtin files share. Each file defines its builtins
 * with PRIM and lists them in a table of PrimDef rows; adding a builtin is
 * one function and one row. */
#ifndef NOMIX_STDLIB_INTERNAL_H
#define NOMIX_STDLIB_INTERNAL_H

#include <stdbool.h>

#include "eval.h"

/* One builtin: its name (without "__"), arity, function, and whether it is
 * also a global name (like `map`) rather than only `__name`. */
typedef struct PrimDef {
    const char *name;
    uint8_t arity;
    PrimFn fn;
    bool global;
} PrimDef;

/* Declares the C function of builtin NAME. */
#define PRIM(name) static void prim_##name(Value **args, Value *out, PosIdx pos)

/* builtins.lessThan, which sort calls directly. */
void prim_lessThan(Value **args, Value *out, PosIdx pos);

/* Registers a table of builtins. */
void prims_register(const PrimDef *defs, size_t n);
#define REGISTER(table) prims_register(table, sizeof(table) / sizeof *(table))

/* ---- hash.c ---- */

typedef enum { HT_MD5, HT_SHA1, HT_SHA256, HT_SHA512, HT_COUNT } HashType;

typedef struct Hash {
    HashType type;
    uint8_t len;
    unsigned char bytes[64];
} Hash;

/* An incremental hash computation. */
typedef struct HashCtx {
    HashType type;
    void *ctx;
} HashCtx;

bool hash_type_parse(const char *s, HashType *t);
const char *hash_type_name(HashType t);
void hash_init(HashCtx *c, HashType t);
void hash_update(HashCtx *c, const void *data, size_t len);
Hash hash_final(HashCtx *c);
Hash hash_string(HashType t, const void *data, size_t len);
/* Folds a hash to SIZE bytes by XOR, as Nix does for store path hashes. */
Hash hash_compress(const Hash *h, uint8_t size);
char *hash_base16(const Hash *h);
char *hash_base32(const Hash *h);
char *hash_base64(const Hash *h);
/* Parses "type:hash", SRI "type-base64", or a bare base-16/32/64 hash of
 * TYPE (-1: the text must name its type). Returns NULL, or Nix's message. */
const char *hash_parse(const char *s, int type, Hash *out);

/* ---- store.c ---- */

#define STORE_DIR "/nix/store"

/* Nix's makeStorePath: "/nix/store/<hash>-NAME" for TYPE and HASH; fails
 * (at POS) if NAME is not a valid store path name. */
char *store_make_path(const char *type, const Hash *h, const char *name, PosIdx pos);
/* The path of a text file added with references REFS (sorted store paths). */
char *store_text_path(const char *name, const char *text, size_t len, const char *const *refs, uint32_t nrefs, PosIdx pos);
/* The path of content-addressed data: recursive (NAR) or flat hashing. */
char *store_fixed_path(bool recursive, const Hash *h, const char *name, PosIdx pos);
/* Hashes PATH as Nix does for the store: the NAR serialisation (RECURSIVE)
 * or the file's bytes, keeping only entries FILTER accepts (if not NULL). */
Hash store_hash_path(const char *path, bool recursive, Value *filter, PosIdx pos);
/* The placeholder Nix uses for an output's path before it is known. */
char *store_placeholder(const char *output);
/* Whether a store path names a derivation (ends in .drv). */
bool store_is_drv(const char *path);
/* Registers the text of a derivation written to DRV_PATH. */
void store_remember_derivation(const char *drv_path, const char *aterm, size_t len);

/* The tables, one per file. */
void core_register(void);
void list_register(void);
void attrs_register(void);
void string_register(void);
void arith_register(void);
void store_register(void);
void derivation_register(void);
void fs_register(void);
void context_register(void);
void json_register(void);
void xml_register(void);
void regex_register(void);
void toml_register(void);
/* hcl.c: registers __nomixFromHCL, a nomix-only global (not in builtins). */
void hcl_register(void);
/* Coerces to a path that can be read: strings with a store context would
 * need a real store, and fail as in Nix ("path '…' is not valid"). */
const char *realise_path(Value *v, PosIdx pos);
/* Evaluates `derivation` (written in the language) once builtins exist. */
void derivation_define(void);

/* Looks up an attribute a builtin requires, failing with Nix's message
 * "attribute 'x' missing for call to 'f'". */
Attr *require_attr(Attrs *a, Sym name, const char *fn, PosIdx pos);

#endif
