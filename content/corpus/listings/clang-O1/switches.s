	.text
	.intel_syntax noprefix
	.file	"switches.c"
	.globl	days_in_month                   # -- Begin function days_in_month
	.p2align	4, 0x90
	.type	days_in_month,@function
days_in_month:                          # @days_in_month
# %bb.0:
	cmp	edi, 12
	ja	.LBB0_5
# %bb.1:
	mov	eax, 31
	mov	ecx, 5546
	bt	ecx, edi
	jae	.LBB0_2
# %bb.6:
	ret
.LBB0_2:
	mov	eax, 2640
	bt	eax, edi
	jae	.LBB0_3
# %bb.7:
	mov	eax, 30
	ret
.LBB0_3:
	cmp	edi, 2
	jne	.LBB0_5
# %bb.4:
	cmp	esi, 1
	mov	eax, 29
	sbb	eax, 0
	ret
.LBB0_5:
	mov	eax, -1
	ret
.Lfunc_end0:
	.size	days_in_month, .Lfunc_end0-days_in_month
                                        # -- End function
	.globl	opcode_cost                     # -- Begin function opcode_cost
	.p2align	4, 0x90
	.type	opcode_cost,@function
opcode_cost:                            # @opcode_cost
# %bb.0:
	xor	eax, eax
	cmp	edi, 9
	ja	.LBB1_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.opcode_cost]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB1_2:
	ret
.Lfunc_end1:
	.size	opcode_cost, .Lfunc_end1-opcode_cost
                                        # -- End function
	.globl	apply_op                        # -- Begin function apply_op
	.p2align	4, 0x90
	.type	apply_op,@function
apply_op:                               # @apply_op
# %bb.0:
	cmp	edi, 9
	ja	.LBB2_3
# %bb.1:
	mov	rcx, rdx
	mov	eax, edi
	lea	rdx, [rip + .LJTI2_0]
	movsxd	rax, dword ptr [rdx + 4*rax]
	add	rax, rdx
	jmp	rax
.LBB2_2:
	add	rcx, rsi
	mov	rax, rcx
	ret
.LBB2_3:
	mov	rax, -1
	ret
.LBB2_4:
	sub	rsi, rcx
	mov	rax, rsi
	ret
.LBB2_5:
	imul	rcx, rsi
	mov	rax, rcx
	ret
.LBB2_6:
	test	rcx, rcx
	je	.LBB2_16
# %bb.7:
	mov	rax, rsi
	cqo
	idiv	rcx
	ret
.LBB2_8:
	test	rcx, rcx
	je	.LBB2_16
# %bb.9:
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rax, rdx
	ret
.LBB2_10:
	and	rcx, rsi
	mov	rax, rcx
	ret
.LBB2_11:
	or	rcx, rsi
	mov	rax, rcx
	ret
.LBB2_12:
	xor	rcx, rsi
	mov	rax, rcx
	ret
.LBB2_13:
                                        # kill: def $cl killed $cl killed $rcx
	shl	rsi, cl
	mov	rax, rsi
	ret
.LBB2_14:
                                        # kill: def $cl killed $cl killed $rcx
	sar	rsi, cl
	mov	rax, rsi
	ret
.LBB2_16:
	xor	ecx, ecx
	mov	rax, rcx
	ret
.Lfunc_end2:
	.size	apply_op, .Lfunc_end2-apply_op
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI2_0:
	.long	.LBB2_2-.LJTI2_0
	.long	.LBB2_4-.LJTI2_0
	.long	.LBB2_5-.LJTI2_0
	.long	.LBB2_6-.LJTI2_0
	.long	.LBB2_8-.LJTI2_0
	.long	.LBB2_10-.LJTI2_0
	.long	.LBB2_11-.LJTI2_0
	.long	.LBB2_12-.LJTI2_0
	.long	.LBB2_13-.LJTI2_0
	.long	.LBB2_14-.LJTI2_0
                                        # -- End function
	.text
	.globl	char_class                      # -- Begin function char_class
	.p2align	4, 0x90
	.type	char_class,@function
char_class:                             # @char_class
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	add	edi, -9
	cmp	edi, 116
	ja	.LBB3_5
# %bb.1:
	mov	eax, 1
	lea	rcx, [rip + .LJTI3_0]
	movsxd	rdx, dword ptr [rcx + 4*rdi]
	add	rdx, rcx
	jmp	rdx
.LBB3_2:
	mov	eax, 2
	ret
.LBB3_4:
	mov	eax, 4
	ret
.LBB3_3:
	mov	eax, 3
	ret
.LBB3_5:
	xor	eax, eax
.LBB3_6:
	ret
.Lfunc_end3:
	.size	char_class, .Lfunc_end3-char_class
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI3_0:
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
                                        # -- End function
	.text
	.globl	http_status_class               # -- Begin function http_status_class
	.p2align	4, 0x90
	.type	http_status_class,@function
http_status_class:                      # @http_status_class
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	cmp	edi, 399
	jg	.LBB4_5
# %bb.1:
	cmp	edi, 300
	jg	.LBB4_8
# %bb.2:
	add	edi, -200
	cmp	edi, 4
	ja	.LBB4_15
# %bb.3:
	mov	eax, 1
	mov	ecx, 19
	bt	ecx, edi
	jae	.LBB4_15
# %bb.4:
	ret
.LBB4_5:
	lea	eax, [rdi - 400]
	cmp	eax, 4
	ja	.LBB4_12
# %bb.6:
	lea	rcx, [rip + .LJTI4_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB4_7:
	mov	eax, 3
	ret
.LBB4_8:
	cmp	edi, 301
	je	.LBB4_11
# %bb.9:
	cmp	edi, 302
	je	.LBB4_11
# %bb.10:
	cmp	edi, 304
	jne	.LBB4_15
.LBB4_11:
	mov	eax, 2
	ret
.LBB4_12:
	cmp	edi, 500
	je	.LBB4_14
# %bb.13:
	cmp	edi, 503
	jne	.LBB4_15
.LBB4_14:
	mov	eax, 4
	ret
.LBB4_15:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	http_status_class, .Lfunc_end4-http_status_class
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI4_0:
	.long	.LBB4_7-.LJTI4_0
	.long	.LBB4_7-.LJTI4_0
	.long	.LBB4_15-.LJTI4_0
	.long	.LBB4_7-.LJTI4_0
	.long	.LBB4_7-.LJTI4_0
                                        # -- End function
	.text
	.globl	roman_value                     # -- Begin function roman_value
	.p2align	4, 0x90
	.type	roman_value,@function
roman_value:                            # @roman_value
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	add	edi, -67
	cmp	edi, 21
	ja	.LBB5_8
# %bb.1:
	mov	eax, 1
	lea	rcx, [rip + .LJTI5_0]
	movsxd	rdx, dword ptr [rcx + 4*rdi]
	add	rdx, rcx
	jmp	rdx
.LBB5_5:
	mov	eax, 100
	ret
.LBB5_6:
	mov	eax, 500
	ret
.LBB5_8:
	xor	eax, eax
.LBB5_9:
	ret
.LBB5_4:
	mov	eax, 50
	ret
.LBB5_2:
	mov	eax, 5
	ret
.LBB5_3:
	mov	eax, 10
	ret
.LBB5_7:
	mov	eax, 1000
	ret
.Lfunc_end5:
	.size	roman_value, .Lfunc_end5-roman_value
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI5_0:
	.long	.LBB5_5-.LJTI5_0
	.long	.LBB5_6-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_4-.LJTI5_0
	.long	.LBB5_7-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_2-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_3-.LJTI5_0
                                        # -- End function
	.text
	.globl	roman_to_int                    # -- Begin function roman_to_int
	.p2align	4, 0x90
	.type	roman_to_int,@function
roman_to_int:                           # @roman_to_int
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB6_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	lea	r8, [rip + .LJTI6_1]
	lea	r9, [rip + .LJTI6_0]
	jmp	.LBB6_3
.LBB6_20:                               #   in Loop: Header=BB6_3 Depth=1
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB6_21:                               #   in Loop: Header=BB6_3 Depth=1
	mov	edx, esi
	neg	edx
	cmp	esi, ecx
	cmovae	edx, esi
	add	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB6_22
.LBB6_3:                                # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	add	ecx, -67
	cmp	ecx, 21
	ja	.LBB6_11
# %bb.4:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 1
	movsxd	rcx, dword ptr [r9 + 4*rcx]
	add	rcx, r9
	jmp	rcx
.LBB6_8:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 100
	jmp	.LBB6_12
.LBB6_9:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 500
	jmp	.LBB6_12
.LBB6_11:                               #   in Loop: Header=BB6_3 Depth=1
	xor	esi, esi
	jmp	.LBB6_12
.LBB6_7:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 50
	jmp	.LBB6_12
.LBB6_10:                               #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 1000
	jmp	.LBB6_12
.LBB6_5:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 5
	jmp	.LBB6_12
.LBB6_6:                                #   in Loop: Header=BB6_3 Depth=1
	mov	esi, 10
	.p2align	4, 0x90
.LBB6_12:                               #   in Loop: Header=BB6_3 Depth=1
	movsx	edx, byte ptr [rdi]
	add	edx, -67
	cmp	edx, 21
	ja	.LBB6_20
# %bb.13:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 1
	movsxd	rdx, dword ptr [r8 + 4*rdx]
	add	rdx, r8
	jmp	rdx
.LBB6_17:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 100
	jmp	.LBB6_21
.LBB6_18:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 500
	jmp	.LBB6_21
.LBB6_16:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 50
	jmp	.LBB6_21
.LBB6_19:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 1000
	jmp	.LBB6_21
.LBB6_14:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 5
	jmp	.LBB6_21
.LBB6_15:                               #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, 10
	jmp	.LBB6_21
.LBB6_22:
	ret
.LBB6_1:
	xor	eax, eax
	ret
.Lfunc_end6:
	.size	roman_to_int, .Lfunc_end6-roman_to_int
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_8-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_12-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_10-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_11-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
.LJTI6_1:
	.long	.LBB6_17-.LJTI6_1
	.long	.LBB6_18-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_21-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_16-.LJTI6_1
	.long	.LBB6_19-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_14-.LJTI6_1
	.long	.LBB6_20-.LJTI6_1
	.long	.LBB6_15-.LJTI6_1
                                        # -- End function
	.text
	.globl	fallthrough_sum                 # -- Begin function fallthrough_sum
	.p2align	4, 0x90
	.type	fallthrough_sum,@function
fallthrough_sum:                        # @fallthrough_sum
# %bb.0:
	mov	eax, edi
	lea	edi, [rax - 1]
	cmp	edi, 4
	ja	.LBB7_6
# %bb.1:
	mov	ecx, 3
	mov	esi, 6
	mov	r8d, 10
	lea	rdx, [rip + .LJTI7_0]
	movsxd	rdi, dword ptr [rdx + 4*rdi]
	add	rdi, rdx
	jmp	rdi
.LBB7_2:
	mov	r8d, 15
.LBB7_3:
	mov	esi, r8d
.LBB7_4:
	mov	ecx, esi
.LBB7_5:
	mov	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB7_6:
	mov	eax, -1
.LBB7_7:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end7:
	.size	fallthrough_sum, .Lfunc_end7-fallthrough_sum
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI7_0:
	.long	.LBB7_7-.LJTI7_0
	.long	.LBB7_5-.LJTI7_0
	.long	.LBB7_4-.LJTI7_0
	.long	.LBB7_3-.LJTI7_0
	.long	.LBB7_2-.LJTI7_0
                                        # -- End function
	.text
	.globl	weekday_mask                    # -- Begin function weekday_mask
	.p2align	4, 0x90
	.type	weekday_mask,@function
weekday_mask:                           # @weekday_mask
# %bb.0:
	xor	eax, eax
	cmp	edi, 6
	ja	.LBB8_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.weekday_mask]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB8_2:
	ret
.Lfunc_end8:
	.size	weekday_mask, .Lfunc_end8-weekday_mask
                                        # -- End function
	.globl	is_prime_small                  # -- Begin function is_prime_small
	.p2align	4, 0x90
	.type	is_prime_small,@function
is_prime_small:                         # @is_prime_small
# %bb.0:
	cmp	edi, 31
	ja	.LBB9_2
# %bb.1:
	mov	eax, 1
	mov	ecx, -1601558356
	bt	ecx, edi
	jae	.LBB9_2
# %bb.3:
	ret
.LBB9_2:
	xor	eax, eax
	ret
.Lfunc_end9:
	.size	is_prime_small, .Lfunc_end9-is_prime_small
                                        # -- End function
	.globl	hex_digit_value                 # -- Begin function hex_digit_value
	.p2align	4, 0x90
	.type	hex_digit_value,@function
hex_digit_value:                        # @hex_digit_value
# %bb.0:
	add	edi, -48
	mov	eax, -1
	cmp	edi, 54
	ja	.LBB10_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.hex_digit_value]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB10_2:
	ret
.Lfunc_end10:
	.size	hex_digit_value, .Lfunc_end10-hex_digit_value
                                        # -- End function
	.globl	scale_unit                      # -- Begin function scale_unit
	.p2align	4, 0x90
	.type	scale_unit,@function
scale_unit:                             # @scale_unit
# %bb.0:
	mov	rax, rsi
                                        # kill: def $edi killed $edi def $rdi
	add	edi, -71
	cmp	edi, 38
	ja	.LBB11_7
# %bb.1:
	lea	rcx, [rip + .LJTI11_0]
	movsxd	rdx, dword ptr [rcx + 4*rdi]
	add	rdx, rcx
	jmp	rdx
.LBB11_4:
	imul	rax, rax, 1000000000
	ret
.LBB11_5:
	shl	rax, 10
	ret
.LBB11_3:
	imul	rax, rax, 1000000
	ret
.LBB11_2:
	imul	rax, rax, 1000
	ret
.LBB11_6:
	shl	rax, 20
.LBB11_7:
	ret
.Lfunc_end11:
	.size	scale_unit, .Lfunc_end11-scale_unit
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI11_0:
	.long	.LBB11_4-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_5-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_3-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_2-.LJTI11_0
	.long	.LBB11_7-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
                                        # -- End function
	.text
	.globl	tokens_cost                     # -- Begin function tokens_cost
	.p2align	4, 0x90
	.type	tokens_cost,@function
tokens_cost:                            # @tokens_cost
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB12_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	lea	rcx, [rip + .LJTI12_0]
	jmp	.LBB12_3
.LBB12_8:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 3
	.p2align	4, 0x90
.LBB12_9:                               #   in Loop: Header=BB12_3 Depth=1
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	je	.LBB12_10
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	add	edx, -34
	cmp	edx, 25
	ja	.LBB12_9
# %bb.4:                                #   in Loop: Header=BB12_3 Depth=1
	movsxd	rdx, dword ptr [rcx + 4*rdx]
	add	rdx, rcx
	jmp	rdx
.LBB12_5:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 2
	jmp	.LBB12_9
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 1
	jmp	.LBB12_9
.LBB12_7:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 5
	jmp	.LBB12_9
.LBB12_10:
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	tokens_cost, .Lfunc_end12-tokens_cost
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI12_0:
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_5-.LJTI12_0
	.long	.LBB12_5-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_6-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_9-.LJTI12_0
	.long	.LBB12_7-.LJTI12_0
                                        # -- End function
	.text
	.globl	month_from_letters              # -- Begin function month_from_letters
	.p2align	4, 0x90
	.type	month_from_letters,@function
month_from_letters:                     # @month_from_letters
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	add	edi, -65
	cmp	edi, 18
	ja	.LBB13_9
# %bb.1:
	mov	eax, 2
	lea	rcx, [rip + .LJTI13_0]
	movsxd	rdi, dword ptr [rcx + 4*rdi]
	add	rdi, rcx
	jmp	rdi
.LBB13_4:
	xor	eax, eax
	cmp	esi, 112
	setne	al
	lea	eax, [4*rax + 4]
	ret
.LBB13_9:
	xor	eax, eax
.LBB13_10:
	ret
.LBB13_8:
	mov	eax, 12
	ret
.LBB13_2:
	xor	ecx, ecx
	cmp	edx, 110
	sete	cl
	xor	ecx, 7
	cmp	esi, 97
	mov	eax, 1
	cmovne	eax, ecx
	ret
.LBB13_3:
	xor	eax, eax
	cmp	edx, 114
	setne	al
	add	eax, eax
	add	eax, 3
	ret
.LBB13_7:
	mov	eax, 11
	ret
.LBB13_6:
	mov	eax, 10
	ret
.LBB13_5:
	mov	eax, 9
	ret
.Lfunc_end13:
	.size	month_from_letters, .Lfunc_end13-month_from_letters
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI13_0:
	.long	.LBB13_4-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_8-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_2-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_3-.LJTI13_0
	.long	.LBB13_7-.LJTI13_0
	.long	.LBB13_6-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_5-.LJTI13_0
                                        # -- End function
	.text
	.globl	grade_points                    # -- Begin function grade_points
	.p2align	4, 0x90
	.type	grade_points,@function
grade_points:                           # @grade_points
# %bb.0:
	movsxd	rax, edi
	imul	rax, rax, 1717986919
	mov	rcx, rax
	sar	rcx, 34
	shr	rax, 63
	add	ecx, eax
	add	ecx, -6
	xor	eax, eax
	cmp	ecx, 4
	ja	.LBB14_2
# %bb.1:
	movsxd	rax, ecx
	lea	rcx, [rip + .Lswitch.table.grade_points]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB14_2:
	ret
.Lfunc_end14:
	.size	grade_points, .Lfunc_end14-grade_points
                                        # -- End function
	.globl	shift_by_kind                   # -- Begin function shift_by_kind
	.p2align	4, 0x90
	.type	shift_by_kind,@function
shift_by_kind:                          # @shift_by_kind
# %bb.0:
	mov	rax, rsi
                                        # kill: def $edi killed $edi def $rdi
	and	edi, 7
	cmp	edi, 6
	ja	.LBB15_8
# %bb.1:
	lea	rcx, [rip + .LJTI15_0]
	movsxd	rdx, dword ptr [rcx + 4*rdi]
	add	rdx, rcx
	jmp	rdx
.LBB15_2:
	add	rax, rax
	ret
.LBB15_8:
	lea	rax, [rax + 2*rax]
.LBB15_9:
	ret
.LBB15_3:
	shr	rax
	ret
.LBB15_4:
	shl	rax, 8
	ret
.LBB15_5:
	shr	rax, 8
	ret
.LBB15_6:
	not	rax
	ret
.LBB15_7:
	neg	rax
	ret
.Lfunc_end15:
	.size	shift_by_kind, .Lfunc_end15-shift_by_kind
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI15_0:
	.long	.LBB15_9-.LJTI15_0
	.long	.LBB15_2-.LJTI15_0
	.long	.LBB15_3-.LJTI15_0
	.long	.LBB15_4-.LJTI15_0
	.long	.LBB15_5-.LJTI15_0
	.long	.LBB15_6-.LJTI15_0
	.long	.LBB15_7-.LJTI15_0
                                        # -- End function
	.text
	.globl	vowel_index                     # -- Begin function vowel_index
	.p2align	4, 0x90
	.type	vowel_index,@function
vowel_index:                            # @vowel_index
# %bb.0:
	add	edi, -97
	ror	edi
	mov	eax, -1
	cmp	edi, 12
	ja	.LBB16_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.vowel_index]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB16_2:
	ret
.Lfunc_end16:
	.size	vowel_index, .Lfunc_end16-vowel_index
                                        # -- End function
	.globl	big_switch                      # -- Begin function big_switch
	.p2align	4, 0x90
	.type	big_switch,@function
big_switch:                             # @big_switch
# %bb.0:
	mov	eax, edi
	lea	ecx, [rax - 10]
	cmp	ecx, 17
	ja	.LBB17_2
# %bb.1:
	movsxd	rax, ecx
	lea	rcx, [rip + .Lswitch.table.big_switch]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB17_2:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end17:
	.size	big_switch, .Lfunc_end17-big_switch
                                        # -- End function
	.globl	sparse_switch                   # -- Begin function sparse_switch
	.p2align	4, 0x90
	.type	sparse_switch,@function
sparse_switch:                          # @sparse_switch
# %bb.0:
	cmp	rdi, 98
	jg	.LBB18_6
# %bb.1:
	cmp	rdi, -1000000
	je	.LBB18_2
# %bb.3:
	cmp	rdi, -7
	je	.LBB18_10
# %bb.4:
	test	rdi, rdi
	jne	.LBB18_13
# %bb.5:
	mov	eax, 3
	ret
.LBB18_6:
	cmp	rdi, 99
	je	.LBB18_11
# %bb.7:
	cmp	rdi, 4096
	je	.LBB18_12
# %bb.8:
	movabs	rax, 1099511627776
	cmp	rdi, rax
	jne	.LBB18_13
# %bb.9:
	mov	eax, 6
	ret
.LBB18_2:
	mov	eax, 1
	ret
.LBB18_10:
	mov	eax, 2
	ret
.LBB18_11:
	mov	eax, 4
	ret
.LBB18_12:
	mov	eax, 5
	ret
.LBB18_13:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	sparse_switch, .Lfunc_end18-sparse_switch
                                        # -- End function
	.type	.Lswitch.table.opcode_cost,@object # @switch.table.opcode_cost
	.section	.rodata,"a",@progbits
	.p2align	2
.Lswitch.table.opcode_cost:
	.long	1                               # 0x1
	.long	3                               # 0x3
	.long	3                               # 0x3
	.long	7                               # 0x7
	.long	12                              # 0xc
	.long	2                               # 0x2
	.long	9                               # 0x9
	.long	4                               # 0x4
	.long	4                               # 0x4
	.long	20                              # 0x14
	.size	.Lswitch.table.opcode_cost, 40

	.type	.Lswitch.table.weekday_mask,@object # @switch.table.weekday_mask
	.p2align	2
.Lswitch.table.weekday_mask:
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	4                               # 0x4
	.long	8                               # 0x8
	.long	16                              # 0x10
	.long	32                              # 0x20
	.long	64                              # 0x40
	.size	.Lswitch.table.weekday_mask, 28

	.type	.Lswitch.table.hex_digit_value,@object # @switch.table.hex_digit_value
	.p2align	2
.Lswitch.table.hex_digit_value:
	.long	0                               # 0x0
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
	.long	4                               # 0x4
	.long	5                               # 0x5
	.long	6                               # 0x6
	.long	7                               # 0x7
	.long	8                               # 0x8
	.long	9                               # 0x9
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	10                              # 0xa
	.long	11                              # 0xb
	.long	12                              # 0xc
	.long	13                              # 0xd
	.long	14                              # 0xe
	.long	15                              # 0xf
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	10                              # 0xa
	.long	11                              # 0xb
	.long	12                              # 0xc
	.long	13                              # 0xd
	.long	14                              # 0xe
	.long	15                              # 0xf
	.size	.Lswitch.table.hex_digit_value, 220

	.type	.Lswitch.table.grade_points,@object # @switch.table.grade_points
	.p2align	2
.Lswitch.table.grade_points:
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
	.long	4                               # 0x4
	.long	4                               # 0x4
	.size	.Lswitch.table.grade_points, 20

	.type	.Lswitch.table.vowel_index,@object # @switch.table.vowel_index
	.p2align	2
.Lswitch.table.vowel_index:
	.long	0                               # 0x0
	.long	4294967295                      # 0xffffffff
	.long	1                               # 0x1
	.long	4294967295                      # 0xffffffff
	.long	2                               # 0x2
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	3                               # 0x3
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4                               # 0x4
	.long	4294967295                      # 0xffffffff
	.long	5                               # 0x5
	.size	.Lswitch.table.vowel_index, 52

	.type	.Lswitch.table.big_switch,@object # @switch.table.big_switch
	.p2align	2
.Lswitch.table.big_switch:
	.long	3                               # 0x3
	.long	1                               # 0x1
	.long	4                               # 0x4
	.long	1                               # 0x1
	.long	5                               # 0x5
	.long	9                               # 0x9
	.long	2                               # 0x2
	.long	6                               # 0x6
	.long	5                               # 0x5
	.long	3                               # 0x3
	.long	5                               # 0x5
	.long	8                               # 0x8
	.long	9                               # 0x9
	.long	7                               # 0x7
	.long	9                               # 0x9
	.long	3                               # 0x3
	.long	2                               # 0x2
	.long	3                               # 0x3
	.size	.Lswitch.table.big_switch, 72

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
