print("rudder")
