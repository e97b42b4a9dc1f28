/* hash.c: cryptographic hashes (through OpenSSL's libcrypto, a well-kept
 * implementation of every algorithm Nix uses) and the ways Nix writes
 * them: base-16, Nix's own base-32, base-64, and SRI "type-base64". */
#include <gc/gc.h>
#include <openssl/evp.h>
#include <string.h>

#include "builtins.h"
#include "internal.h"

static const char *const type_names[] = {"md5", "sha1", "sha256", "sha512"};
static const uint8_t type_sizes[] = {16, 20, 32, 64};

/* Nix's base-32 alphabet: digits and letters without e, o, u and t. */
static const char base32_chars[] = "0123456789abcdfghijklmnpqrsvwxyz";
static const char base64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool hash_type_parse(const char *s, HashType *t)
{
    for (int i = 0; i < HT_COUNT; i++)
        if (strcmp(s, type_names[i]) == 0) {
            *t = (HashType)i;
            return true;
        }
    return false;
}

const char *hash_type_name(HashType t)
{
    return type_names[t];
}

/* The libcrypto digest of a hash type. */
static const EVP_MD *digest(HashType t)
{
    switch (t) {
    case HT_MD5: return EVP_md5();
    case HT_SHA1: return EVP_sha1();
    case HT_SHA256: return EVP_sha256();
    default: return EVP_sha512();
    }
}

void hash_init(HashCtx *c, HashType t)
{
    c->type = t;
    c->ctx = EVP_MD_CTX_new();
    if (!c->ctx || !EVP_DigestInit_ex(c->ctx, digest(t), NULL)) ev_error(ERR_INTERNAL, 0, "cannot start a %s hash", type_names[t]);
}

void hash_update(HashCtx *c, const void *data, size_t len)
{
    EVP_DigestUpdate(c->ctx, data, len);
}

Hash hash_final(HashCtx *c)
{
    Hash h = {c->type, type_sizes[c->type], {0}};
    unsigned int n = 0;
    EVP_DigestFinal_ex(c->ctx, h.bytes, &n);
    EVP_MD_CTX_free(c->ctx);
    c->ctx = NULL;
    return h;
}

Hash hash_string(HashType t, const void *data, size_t len)
{
    HashCtx c;
    hash_init(&c, t);
    hash_update(&c, data, len);
    return hash_final(&c);
}

char *stdlib_sha256_hex(const void *data, size_t len)
{
    Hash h = hash_string(HT_SHA256, data, len);
    return hash_base16(&h);
}

Hash hash_compress(const Hash *h, uint8_t size)
{
    Hash r = {h->type, size, {0}};
    for (unsigned i = 0; i < h->len; i++) r.bytes[i % size] ^= h->bytes[i];
    return r;
}

char *hash_base16(const Hash *h)
{
    static const char hex[] = "0123456789abcdef";
    char *s = GC_MALLOC_ATOMIC(h->len * 2u + 1);
    for (unsigned i = 0; i < h->len; i++) {
        s[2 * i] = hex[h->bytes[i] >> 4];
        s[2 * i + 1] = hex[h->bytes[i] & 15];
    }
    s[h->len * 2u] = 0;
    return s;
}

/* Length of the base-32 form of LEN bytes. */
static size_t base32_len(size_t len)
{
    return (len * 8 - 1) / 5 + 1;
}

char *hash_base32(const Hash *h)
{
    size_t n = base32_len(h->len);
    char *s = GC_MALLOC_ATOMIC(n + 1);
    size_t o = 0;
    /* Nix writes the last 5-bit group first. */
    for (size_t k = n; k-- > 0;) {
        unsigned b = (unsigned)k * 5, i = b / 8, j = b % 8;
        unsigned c = (unsigned)(h->bytes[i] >> j) | (i + 1 < h->len ? (unsigned)h->bytes[i + 1] << (8 - j) : 0);
        s[o++] = base32_chars[c & 0x1f];
    }
    s[o] = 0;
    return s;
}

char *hash_base64(const Hash *h)
{
    size_t n = (h->len + 2u) / 3 * 4;
    char *s = GC_MALLOC_ATOMIC(n + 1);
    size_t o = 0;
    for (unsigned i = 0; i < h->len; i += 3) {
        unsigned v = (unsigned)h->bytes[i] << 16;
        if (i + 1 < h->len) v |= (unsigned)h->bytes[i + 1] << 8;
        if (i + 2 < h->len) v |= h->bytes[i + 2];
        s[o++] = base64_chars[(v >> 18) & 63];
        s[o++] = base64_chars[(v >> 12) & 63];
        s[o++] = i + 1 < h->len ? base64_chars[(v >> 6) & 63] : '=';
        s[o++] = i + 2 < h->len ? base64_chars[v & 63] : '=';
    }
    s[o] = 0;
    return s;
}

/* Decodes base-16 text into H->bytes; false if it is not hex. */
static bool from_base16(const char *s, Hash *h)
{
    for (unsigned i = 0; i < h->len; i++) {
        int v = 0;
        for (int k = 0; k < 2; k++) {
            char c = s[2 * i + (unsigned)k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return false;
            v = v * 16 + d;
        }
        h->bytes[i] = (unsigned char)v;
    }
    return true;
}

/* Decodes Nix base-32 text into H->bytes; false if it is not base-32. */
static bool from_base32(const char *s, size_t n, Hash *h)
{
    memset(h->bytes, 0, sizeof h->bytes);
    for (size_t k = 0; k < n; k++) {
        const char *p = strchr(base32_chars, s[n - 1 - k]);
        if (!p || !*p) return false;
        unsigned digit = (unsigned)(p - base32_chars);
        unsigned b = (unsigned)k * 5, i = b / 8, j = b % 8;
        h->bytes[i] |= (unsigned char)(digit << j);
        if (i + 1 < h->len)
            h->bytes[i + 1] |= (unsigned char)(digit >> (8 - j));
        else if (digit >> (8 - j))
            return false;
    }
    return true;
}

/* Decodes base-64 text into H->bytes; false if it is not base-64 of the
 * right length. */
static bool from_base64(const char *s, size_t n, Hash *h)
{
    unsigned char out[96];
    size_t o = 0;
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '=') break;
        const char *p = strchr(base64_chars, s[i]);
        if (!p || !*p) return false;
        v = (v << 6) | (unsigned)(p - base64_chars);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o >= sizeof out) return false;
            out[o++] = (unsigned char)(v >> bits);
        }
    }
    if (o != h->len) return false;
    memcpy(h->bytes, out, o);
    return true;
}

const char *hash_parse(const char *s, int type, Hash *out)
{
    /* "type:hash", "type-base64" (SRI), or a bare hash of TYPE */
    const char *rest = s;
    bool sri = false, typed = false;
    HashType t = HT_SHA256;
    const char *sep = strchr(s, ':');
    if (!sep && (sep = strchr(s, '-'))) sri = true;
    if (sep) {
        char *tn = gc_strndup(s, (size_t)(sep - s));
        if (!hash_type_parse(tn, &t)) return gc_printf("unknown hash algorithm '%s'", tn);
        rest = sep + 1;
        typed = true;
    }
    if (!typed && type < 0)
        return gc_printf("hash '%s' does not include a type, nor is the type otherwise known from context", rest);
    if (typed && type >= 0 && (HashType)type != t)
        return gc_printf("hash '%s' should have type '%s'", s, type_names[type]);
    if (!typed) t = (HashType)type;
    Hash h = {t, type_sizes[t], {0}};
    size_t n = strlen(rest);
    if (!sri && n == h.len * 2u) {
        if (!from_base16(rest, &h)) return gc_printf("invalid base-16 hash '%s'", rest);
    } else if (!sri && n == base32_len(h.len)) {
        if (!from_base32(rest, n, &h)) return gc_printf("invalid base-32 hash '%s'", rest);
    } else if (sri || n == (h.len + 2u) / 3 * 4) {
        if (!from_base64(rest, n, &h)) return gc_printf("invalid %s hash '%s'", sri ? "SRI" : "base-64", rest);
    } else
        return gc_printf("hash '%s' has wrong length for hash type '%s'", rest, type_names[t]);
    *out = h;
    return NULL;
}
