/* stdlib.c: registering the builtin tables, and helpers they share. */
#include <gc/gc.h>
#include <string.h>

#include "internal.h"
#include "builtins.h"

void prims_register(const PrimDef *defs, size_t n)
{
    for (size_t i = 0; i < n; i++) ev_register_prim(defs[i].name, defs[i].arity, defs[i].fn, defs[i].global);
}

void stdlib_init(void)
{
    core_register();
    list_register();
    attrs_register();
    string_register();
    arith_register();
    store_register();
    derivation_register();
    fs_register();
    context_register();
    json_register();
    xml_register();
    regex_register();
    toml_register();
    hcl_register();
    ev_seal_builtins();
    derivation_define();
    /* nomix's own Nix code, installed and in the source tree */
    ev_add_library_dir(NOMIX_DATADIR);
    ev_add_library_dir(NOMIX_SOURCE_DATADIR "/stdlib");
    ev_add_library_dir(NOMIX_SOURCE_DATADIR "/modules");
}

Attr *require_attr(Attrs *a, Sym name, const char *fn, PosIdx pos)
{
    Attr *j = attrs_get(a, name);
    if (!j) ev_type_error(a->pos ? a->pos : pos, "attribute '%s' missing for call to '%s'", sym_show(name), fn);
    return j;
}
