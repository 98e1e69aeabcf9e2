Console.WriteLine("MemoryClients emulator: not built yet.");
