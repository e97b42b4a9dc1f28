# mkOption's attributes as `options' shows them: default, defaultText, example, description, type; and the value.
{ lib }:
let
  eval = lib.evalModules {
    modules = [{
      options.port = lib.mkOption {
        type = lib.types.port;
        default = 80;
        defaultText = lib.literalExpression "80";
        example = 8080;
        description = "The port to listen on.";
      };
    }];
  };
  o = eval.options.port;
in
{
  inherit (o) default defaultText example description;
  type = o.type.description;
  value = o.value;
  inherit (eval) config;
  hasReadOnly = o ? readOnly;
  hasApply = o ? apply;
}
