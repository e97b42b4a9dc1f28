# literalExpression and literalMD: their shape, and a non-string argument throws.
{ lib }:
{
  expr = lib.literalExpression "pkgs.hello";
  md = lib.literalMD "Some *markdown*.";
  options = lib.options.literalExpression "{ a = 1; }";
  exprInt = builtins.tryEval (lib.literalExpression 42);
  mdList = builtins.tryEval (lib.literalMD [ "a" ]);
  exprFromOption = (lib.evalModules {
    modules = [ { options.x = lib.mkOption { type = lib.types.int; default = 1; defaultText = lib.literalMD "one"; example = lib.literalExpression "2"; }; } ];
  }).options.x.defaultText;
}
