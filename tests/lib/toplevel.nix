let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  missing = names: builtins.filter (n: !(lib ? ${n})) names;
in
check [
  { name = "sub-libraries"; expr = missing [ "trivial" "attrsets" "lists" "strings" "fixedPoints" "versions" "generators" "asserts" ]; expected = [ ]; }
  {
    name = "flattened-names";
    expr = missing [
      "id" "const" "pipe" "concat" "or" "and" "xor" "bitAnd" "bitOr" "bitXor" "bitNot" "boolToString" "mergeAttrs" "flip" "defaultTo" "mapNullable" "inNixShell" "isFloat" "min" "max" "importJSON" "importTOML" "warn" "warnIf" "warnIfNot" "throwIf" "throwIfNot" "checkListOfEnum" "info" "showWarnings" "mod" "compare" "splitByAndCompare" "seq" "deepSeq" "lessThan" "add" "sub" "functionArgs" "setFunctionArgs" "isFunction" "toFunction" "mirrorFunctionArgs" "fromHexString" "toHexString" "toBaseDigits" "inPureEvalMode" "isBool" "isInt" "pathExists" "genericClosure" "readFile"
      "fix" "fix'" "converge" "extends" "composeExtensions" "composeManyExtensions" "makeExtensible" "makeExtensibleWithCustomName" "toExtension"
      "attrByPath" "hasAttrByPath" "setAttrByPath" "getAttrFromPath" "attrVals" "attrNames" "attrValues" "getAttrs" "catAttrs" "filterAttrs" "filterAttrsRecursive" "foldlAttrs" "foldAttrs" "collect" "nameValuePair" "mapAttrs" "mapAttrs'" "mapAttrsToList" "attrsToList" "concatMapAttrs" "mapAttrsRecursive" "mapAttrsRecursiveCond" "genAttrs" "isDerivation" "optionalAttrs" "zipAttrsWithNames" "zipAttrsWith" "zipAttrs" "recursiveUpdateUntil" "recursiveUpdate" "matchAttrs" "mergeAttrsList" "overrideExisting" "showAttrPath" "getOutput" "getBin" "getLib" "getDev" "getMan" "chooseDevOutputs" "zipWithNames" "zip" "recurseIntoAttrs" "dontRecurseIntoAttrs" "cartesianProduct" "cartesianProductOfSets" "mapCartesianProduct" "updateManyAttrsByPath" "listToAttrs" "hasAttr" "getAttr" "isAttrs" "intersectAttrs" "removeAttrs"
      "singleton" "forEach" "map" "foldr" "fold" "foldl" "foldl'" "imap0" "imap1" "filter" "ifilter0" "concatMap" "flatten" "remove" "findSingle" "findFirst" "any" "all" "count" "optional" "optionals" "toList" "range" "replicate" "partition" "zipListsWith" "zipLists" "reverseList" "sort" "sortOn" "naturalSort" "compareLists" "take" "drop" "dropEnd" "sublist" "last" "init" "crossLists" "unique" "allUnique" "intersectLists" "subtractLists" "mutuallyExclusive" "groupBy" "groupBy'" "concatLists" "genList" "length" "head" "tail" "elem" "elemAt" "isList"
      "concatStrings" "concatMapStrings" "concatImapStrings" "stringLength" "substring" "isString" "replaceStrings" "intersperse" "concatStringsSep" "concatMapStringsSep" "concatImapStringsSep" "concatLines" "makeSearchPath" "makeSearchPathOutput" "makeLibraryPath" "makeIncludePath" "makeBinPath" "optionalString" "hasInfix" "hasPrefix" "hasSuffix" "stringToCharacters" "stringAsChars" "escape" "escapeShellArg" "escapeShellArgs" "isStorePath" "isStringLike" "isValidPosixName" "toShellVar" "toShellVars" "trim" "trimWith" "escapeRegex" "escapeURL" "escapeXML" "replaceChars" "lowerChars" "upperChars" "toLower" "toUpper" "toSentenceCase" "addContextFrom" "splitString" "removePrefix" "removeSuffix" "versionOlder" "versionAtLeast" "getName" "getVersion" "match" "split" "cmakeOptionType" "cmakeBool" "cmakeFeature" "mesonOption" "mesonBool" "mesonEnable" "nameFromURL" "enableFeature" "enableFeatureAs" "withFeature" "withFeatureAs" "fixedWidthString" "fixedWidthNumber" "toInt" "toIntBase10" "fileContents"
      "assertMsg" "assertOneOf" "splitVersion" "extend"
    ];
    expected = [ ];
  }
  { name = "same-function"; expr = [ (lib.mapAttrs' (n: v: lib.nameValuePair v n) { a = "b"; }) (lib.attrsets.mapAttrs' (n: v: lib.nameValuePair v n) { a = "b"; }) ]; expected = [ { b = "a"; } { b = "a"; } ]; }
  { name = "replicate-is-the-list-one"; expr = lib.replicate 2 "a"; expected = [ "a" "a" ]; }
  { name = "hasPrefix-is-the-string-one"; expr = [ (lib.hasPrefix "a" "ab") (lib.removePrefix "a" "ab") ]; expected = [ true "b" ]; }
  { name = "not-flattened"; expr = map (n: lib ? ${n}) [ "major" "pad" "toINI" "toPretty" "toJSON" ]; expected = [ false false false false false ]; }
  { name = "files-see-each-other"; expr = lib.generators.toPretty { } (lib.versions.pad 2 "1"); expected = "\"1.0\""; }
  {
    name = "extend";
    expr =
      let lib2 = lib.extend (final: prev: { double = x: x * 2; quad = x: final.double (final.double x); });
      in [ (lib2.quad 3) (lib2.mapAttrs (n: v: v + 1) { a = 1; }) (lib ? double) ];
    expected = [ 12 { a = 2; } false ];
  }
]
