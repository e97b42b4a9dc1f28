[ (builtins.placeholder "out") (placeholder "dev") (placeholder "bin") (placeholder "") ]
