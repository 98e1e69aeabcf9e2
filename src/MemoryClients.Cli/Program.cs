using MemoryClients.Cli;

return await CliApp.RunAsync(args, CliContext.FromProcess(), CancellationToken.None);
