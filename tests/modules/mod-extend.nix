# extendModules adds modules to an evaluation (chained twice; with specialArgs and a prefix; as a module argument) and leaves the original as it was.
{ lib }:
let
  base = lib.evalModules {
    modules = [
      { options.packages = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
      { options.name = lib.mkOption { type = lib.types.str; default = "base"; }; }
      { packages = [ "coreutils" ]; }
    ];
  };
  extended = base.extendModules {
    modules = [ { packages = [ "git" ]; name = "extended"; } ];
  };
  again = extended.extendModules {
    modules = [ ({ config, ... }: { packages = [ "vim-for-${config.name}" ]; name = lib.mkForce "again"; }) ];
  };
  withArgs = (lib.evalModules {
    specialArgs.flavour = "base";
    modules = [
      ({ flavour, ... }: {
        options.flavours = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
        config.flavours = [ flavour ];
      })
    ];
  }).extendModules {
    specialArgs.flavour = "extended";
    prefix = [ "vm" ];
    modules = [ ({ flavour, ... }: { flavours = [ "also ${flavour}" ]; }) ];
  };
  fromArg = lib.evalModules {
    modules = [
      { options.n = lib.mkOption { type = lib.types.int; default = 1; }; }
      ({ extendModules, ... }: {
        options.extendedN = lib.mkOption {
          type = lib.types.int;
          default = (extendModules { modules = [ { n = 10; } ]; }).config.n;
        };
      })
    ];
  };
in
{
  base = base.config;
  extended = extended.config;
  again = again.config;
  againPrio = again.options.name.highestPrio;
  withArgs = withArgs.config;
  withArgsLoc = withArgs.options.flavours.loc;
  fromArg = fromArg.config;
}
