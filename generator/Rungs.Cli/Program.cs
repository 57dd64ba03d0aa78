using Rungs.Cli.Commands;

// `rungs`: build, check and diff classification-spec sites (see README.md, "Command line").
return RungsCommandLine.Run(args);
