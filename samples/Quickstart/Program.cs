Console.WriteLine("Quickstart: arrives with the emulator.");
