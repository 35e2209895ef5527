<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractLoop</name>
    <message>
        <location filename="../../kiosk/ui/layers/attract.py" line="68"/>
        <location filename="../../kiosk/ui/layers/attract.py" line="69"/>
        <source>Touch anywhere to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="44"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="151"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="46"/>
        <source>Goes back one step</source>
        <translation>Vuelve un paso atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="47"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="152"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="49"/>
        <source>Goes to the start screen</source>
        <translation>Va a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="50"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="145"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="52"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="54"/>
        <source>Switches to white text on black, for low vision</source>
        <translation>Cambia a letra blanca sobre fondo negro, para ver mejor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="51"/>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="78"/>
        <source>Opens the safety notice</source>
        <translation>Abre el aviso de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="60"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="61"/>
        <source>Pauses the reading</source>
        <translation>Detiene la lectura un momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="62"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="63"/>
        <source>Goes on reading</source>
        <translation>Sigue leyendo en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="64"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="65"/>
        <source>Reads this screen out loud</source>
        <translation>Lee esta pantalla en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="76"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="144"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="80"/>
        <source>Reads this screen again from the start</source>
        <translation>Vuelve a leer esta pantalla desde el principio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="56"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="150"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="57"/>
        <location filename="../../kiosk/ui/views/bottom_bar.py" line="150"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="59"/>
        <source>Ends the walkthrough and goes to the start screen</source>
        <translation>Termina los pasos y va a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_navigation.py" line="61"/>
        <source>Goes to the next step</source>
        <translation>Va al paso siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/bar_reading_tools.py" line="90"/>
        <source>Changes the language</source>
        <translation>Cambia el idioma</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="228"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="230"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="231"/>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_door.py" line="66"/>
        <source>No voice: {0}</source>
        <translation>Sin voz: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_door.py" line="71"/>
        <source>This is a test of read aloud.</source>
        <translation>Esta es una prueba de la lectura en voz alta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_door.py" line="74"/>
        <source>Reading a test sentence aloud.</source>
        <translation>Leyendo en voz alta una frase de prueba.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="69"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo para el personal: escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="71"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="71"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="122"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/pin_pad.py" line="132"/>
        <source>Too many wrong tries. Try again in {0} seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../kiosk/ui/views/quiz_view.py" line="128"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_view.py" line="132"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_view.py" line="132"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_answers.py" line="81"/>
        <source>right answer</source>
        <translation>respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_answers.py" line="82"/>
        <source>your answer</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_view.py" line="137"/>
        <source>Yes, that&apos;s right!</source>
        <translation>¡Sí, así es!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/quiz_view.py" line="139"/>
        <source>Not quite. The answer is: {0}.</source>
        <translation>No es correcto. La respuesta correcta es: {0}.</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../kiosk/ui/views/scrolling.py" line="72"/>
        <source>More below</source>
        <translation>Hay más abajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/scrolling.py" line="73"/>
        <source>Shows the rest of this page</source>
        <translation>Muestra el resto de esta página</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="138"/>
        <source>Staff screen</source>
        <translation>Pantalla del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="139"/>
        <source>Counts only: nothing here identifies a patient. Closes by itself after a minute untouched.</source>
        <translation>Solo conteos: nada aquí identifica a un paciente. Se cierra sola tras un minuto sin tocarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="87"/>
        <source>Last {0} days</source>
        <translation>Últimos {0} días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="142"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="143"/>
        <source>Back to patients</source>
        <translation>Volver a los pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="144"/>
        <source>Reload content now</source>
        <translation>Recargar el contenido ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="145"/>
        <source>Test read aloud</source>
        <translation>Probar la lectura en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="146"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="93"/>
        <source>The usage counts cannot be read: {0}</source>
        <translation>No se pueden leer los conteos de uso: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="102"/>
        <source>Pages viewed: {0} (today {1})</source>
        <translation>Páginas vistas: {0} (hoy {1})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="100"/>
        <source>Pages viewed</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="106"/>
        <source>Walkthroughs finished: {0} (today {1})</source>
        <translation>Recorridos terminados: {0} (hoy {1})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="108"/>
        <source>Walkthroughs finished</source>
        <translation>Recorridos terminados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="113"/>
        <source>Quiz answers, right and wrong</source>
        <translation>Respuestas del repaso, correctas e incorrectas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="114"/>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="115"/>
        <source>Right</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="117"/>
        <source>Wrong</source>
        <translation>Incorrectas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="122"/>
        <source>Pages viewed in each language</source>
        <translation>Páginas vistas en cada idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_usage.py" line="123"/>
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="222"/>
        <source>Reloaded: the new content is showing.</source>
        <translation>Recargado: se muestra el contenido nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="224"/>
        <source>Not reloaded: the content has no page to show. The kiosk keeps what it shows.</source>
        <translation>No se recargó: el contenido no tiene ninguna página para mostrar. El quiosco sigue mostrando lo de antes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/staff_screen.py" line="226"/>
        <source>Not reloaded: the content has {0} problem(s), listed above. The kiosk keeps what it shows.</source>
        <translation>No se recargó: el contenido tiene {0} problema(s), en la lista de arriba. El quiosco sigue mostrando lo de antes.</translation>
    </message>
</context>
<context>
    <name>StillReadingOverlay</name>
    <message>
        <location filename="../../kiosk/ui/layers/still_reading.py" line="40"/>
        <source>Still reading?</source>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/still_reading.py" line="41"/>
        <location filename="../../kiosk/ui/layers/still_reading.py" line="42"/>
        <source>Keep reading</source>
        <translation>Seguir leyendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/still_reading.py" line="43"/>
        <source>Stay on this page</source>
        <translation>Se queda en esta página</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/layers/still_reading.py" line="50"/>
        <source>This screen will start over in {0} seconds for the next person.</source>
        <translation>Esta pantalla volverá al inicio en {0} segundos para la siguiente persona.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../kiosk/ui/views/qr_code.py" line="80"/>
        <location filename="../../kiosk/ui/views/qr_code.py" line="99"/>
        <source>Scan to read this at home</source>
        <translation>Escanee para leerlo en casa</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../../kiosk/ui/views/text_size_control.py" line="47"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/text_size_control.py" line="48"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/text_size_control.py" line="49"/>
        <source>Largest text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/text_size_control.py" line="53"/>
        <source>Changes the size of the text</source>
        <translation>Cambia el tamaño de la letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/text_size_control.py" line="54"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <location filename="../../kiosk/ui/views/walkthrough.py" line="133"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/walkthrough.py" line="135"/>
        <source>A few short questions; answers are counted but not linked to you</source>
        <translation>Unas preguntas cortas; contamos las respuestas, pero no sabemos quién las dio</translation>
    </message>
</context>
</TS>
